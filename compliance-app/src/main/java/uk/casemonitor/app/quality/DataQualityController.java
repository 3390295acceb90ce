package uk.casemonitor.app.quality;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.web.BadRequestException;
import uk.casemonitor.app.web.Paging;
import uk.casemonitor.app.web.OptionalParameter;
import uk.casemonitor.core.quality.DataQualityCatalogue;
import uk.casemonitor.core.quality.DataQualityCheck;
import uk.casemonitor.projections.quality.DataQualityQueries;
import uk.casemonitor.projections.quality.FindingCount;
import uk.casemonitor.projections.quality.RecordedFinding;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Data-quality findings for a team to put right, and how many stand per team and check. */
@RestController
class DataQualityController {

    private final DataQualityQueries findings;
    private final DataQualityCatalogue catalogue;

    public DataQualityController(DataQualityQueries findings, DataQualityCatalogue catalogue) {
        this.findings = findings;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/data-quality")
    public FindingPage findings(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
                                @RequestParam(required = false) String check,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        Paging.requireValid(page, size, 1000);
        String checkId = OptionalParameter.of(check);
        if (checkId != null && catalogue.check(checkId).isEmpty()) {
            throw new BadRequestException("check", "must be one of " + catalogue.all().stream()
                    .map(DataQualityCheck::id).collect(Collectors.joining(", ")));
        }
        DataQualityQueries.Filter filter = new DataQualityQueries.Filter(OptionalParameter.of(team), OptionalParameter.of(worker), checkId);
        return new FindingPage(filter.teamId(), filter.workerId(), filter.check(), page, size, findings.count(filter),
                               findings.find(filter, page, size));
    }

    @GetMapping("/api/data-quality/summary")
    public Summary summary(@RequestParam(required = false) String team) {
        List<FindingCount> counts = findings.countsByTeamAndCheck(OptionalParameter.of(team));
        Map<String, Long> perCheck = counts.stream()
                .collect(Collectors.groupingBy(FindingCount::check, Collectors.summingLong(FindingCount::count)));
        List<CheckSummary> checks = catalogue.all().stream()
                .map(c -> new CheckSummary(c.id(), c.description(), c.basis(), catalogue.isEnabled(c.id()),
                                           perCheck.getOrDefault(c.id(), 0L)))
                .toList();
        return new Summary(OptionalParameter.of(team), counts.stream().mapToLong(FindingCount::count).sum(), checks, counts,
                           findings.correctionRates(OptionalParameter.of(team)));
    }

    public record FindingPage(String team, String worker, String check, int page, int size, long total,
                              List<RecordedFinding> findings) {
    }

    /**
     * @param counts      per team and check; a null team is cases with no team assigned
     * @param corrections per team, the share of recorded events that were corrections or retractions
     */
    public record Summary(String team, long total, List<CheckSummary> checks, List<FindingCount> counts,
                          List<DataQualityQueries.CorrectionRate> corrections) {
    }

    public record CheckSummary(String id, String description, String basis, boolean enabled, long count) {
    }
}
