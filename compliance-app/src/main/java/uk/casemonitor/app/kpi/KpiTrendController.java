package uk.casemonitor.app.kpi;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.admin.ProjectionRebuild;
import uk.casemonitor.app.ingestion.StreamNotFoundException;
import uk.casemonitor.app.web.BadRequestException;
import uk.casemonitor.app.web.CsvFormat;
import uk.casemonitor.app.web.OptionalParameter;
import uk.casemonitor.app.web.TimeParameters;
import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.kpi.KpiTrend;
import uk.casemonitor.projections.kpi.KpiTrends;
import uk.casemonitor.projections.kpi.TrendStep;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code GET /api/kpis/{kpi}/trend} and {@code GET /api/kpis/trends}: KPIs at the end of each week,
 * month or quarter of a period, for the authority, a team or a worker, as performance surgeries
 * compare them ("how have we moved since last quarter?"). Scoped like {@code /api/kpis}.
 */
@RestController
class KpiTrendController {

    /** Five years by week (or twenty by month): enough for any surgery, and a bound on one request's work. */
    static final int MAX_POINTS = 270;

    private final KpiTrends trends;
    private final KpiService kpis;
    private final TimeParameters time;
    private final ProjectionRebuild rebuild;

    public KpiTrendController(KpiTrends trends, KpiService kpis, TimeParameters time, ProjectionRebuild rebuild) {
        this.trends = trends;
        this.kpis = kpis;
        this.time = time;
        this.rebuild = rebuild;
    }

    @GetMapping("/api/kpis/{kpi}/trend")
    public ResponseEntity<?> trend(@PathVariable String kpi, @RequestParam(required = false) String team,
                                   @RequestParam(required = false) String worker, @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to, @RequestParam(required = false) String step,
                                   @RequestParam(required = false) String format,
                                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean csv = CsvFormat.wanted(format, accept);
        Period period = period(from, to, step);
        KpiTrend trend = trends.of(kpi, scope(team, worker), period.from, period.to, period.step)
                .orElseThrow(() -> new StreamNotFoundException("There is no KPI '" + kpi + "'; known: "
                        + kpis.definitions().stream().map(KpiDefinition::id).collect(Collectors.joining(", "))));
        if (!csv) {
            return ResponseEntity.ok(new TrendReport(rebuild.status(), trend));
        }
        String name = "kpi-trend-" + trend.id() + (trend.teamId() == null ? "" : "-team-" + trend.teamId())
                      + (trend.workerId() == null ? "" : "-worker-" + trend.workerId())
                      + "-" + period.from + "-to-" + period.to + "-" + period.step.parameter();
        return ResponseEntity.ok()
                .contentType(CsvFormat.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(CsvFormat.fileName(name)).build().toString())
                .body(TrendCsv.write(trend));
    }

    @GetMapping("/api/kpis/trends")
    public TrendsReport trends(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String step) {
        Period period = period(from, to, step);
        KpiScope scope = scope(team, worker);
        return new TrendsReport(scope.teamId(), scope.workerId(), period.from, period.to, period.step, rebuild.status(),
                                trends.all(scope, period.from, period.to, period.step));
    }

    /** @param readModel whether the read model is being rebuilt (and so incomplete) as these were computed */
    public record TrendReport(ProjectionRebuild.Status readModel, KpiTrend trend) {
    }

    public record TrendsReport(String team, String worker, LocalDate from, LocalDate to, TrendStep step,
                               ProjectionRebuild.Status readModel, List<KpiTrend> kpis) {
    }

    private record Period(LocalDate from, LocalDate to, TrendStep step) {
    }

    private static KpiScope scope(String team, String worker) {
        return new KpiScope(OptionalParameter.of(team), OptionalParameter.of(worker));
    }

    /** Up to today by month over the last year unless asked otherwise. */
    private Period period(String fromText, String toText, String stepText) {
        TrendStep step = OptionalParameter.of(stepText) == null ? TrendStep.MONTH : TrendStep.named(stepText)
                .orElseThrow(() -> new BadRequestException("step", "must be week, month or quarter"));
        LocalDate to = OptionalParameter.of(toText) == null ? time.today() : date("to", toText);
        LocalDate from = OptionalParameter.of(fromText) == null ? to.minusYears(1) : date("from", fromText);
        if (from.isAfter(to)) {
            throw new BadRequestException("from", "must be on or before to (" + to + ")");
        }
        // The day count first, so that a period of centuries is refused before its dates are listed.
        if (ChronoUnit.DAYS.between(from, to) > 92L * MAX_POINTS || step.asOfDates(from, to).size() > MAX_POINTS) {
            throw new BadRequestException("from", "the period from " + from + " to " + to + " by " + step.parameter()
                    + " has more than " + MAX_POINTS + " points: choose a later date or a longer step");
        }
        return new Period(from, to, step);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field, "must be a date as YYYY-MM-DD");
        }
    }
}
