package uk.casemonitor.app.compliance;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.config.ComplianceProperties;
import uk.casemonitor.app.web.BadRequestException;
import uk.casemonitor.app.web.TimeParameters;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.compliance.DueObligations;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/due}: obligations falling due within a number of working days, for reminders. */
@RestController
class DueController {

    private final DueObligations obligations;
    private final WorkingDayCalendar calendar;
    private final RuleCatalogue catalogue;
    private final ComplianceProperties properties;
    private final TimeParameters time;

    public DueController(DueObligations obligations, WorkingDayCalendar calendar, RuleCatalogue catalogue,
                         ComplianceProperties properties, TimeParameters time) {
        this.obligations = obligations;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.properties = properties;
        this.time = time;
    }

    @GetMapping("/api/due")
    public DueReport due(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
                         @RequestParam(required = false) Integer withinWorkingDays) {
        int horizon = withinWorkingDays == null ? properties.dueSoonWorkingDays() : withinWorkingDays;
        if (horizon < 0 || horizon > 60) {
            throw new BadRequestException("withinWorkingDays", "must be between 0 and 60");
        }
        LocalDate today = time.today();
        LocalDate until = calendar.addWorkingDays(today, horizon);
        List<DueItem> items = obligations.between(today, until, team, worker, 1000).stream()
                .map(due -> new DueItem(due.subjectKind(), due.obligation().subjectId(), due.obligation().ruleId(),
                        catalogue.rule(due.obligation().ruleId()).map(r -> r.obligation()).orElse(""),
                        due.obligation().dueOn(), calendar.workingDaysBetween(today, due.obligation().dueOn()),
                        due.obligation().teamId(), due.obligation().workerId()))
                .toList();
        return new DueReport(today, until, horizon, items);
    }

    public record DueReport(LocalDate today, LocalDate until, int withinWorkingDays, List<DueItem> due) {
    }

    public record DueItem(SubjectKind subjectKind, String subjectId, String rule, String obligation, LocalDate dueOn,
                          int workingDaysLeft, String teamId, String workerId) {
    }
}
