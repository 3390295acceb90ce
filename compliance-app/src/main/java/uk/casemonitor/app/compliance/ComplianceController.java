package uk.casemonitor.app.compliance;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.admin.ProjectionRebuild;
import uk.casemonitor.app.config.ComplianceProperties;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.app.ingestion.InvalidEventException;
import uk.casemonitor.app.web.Paging;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.breach.Breach;
import uk.casemonitor.projections.breach.BreachQueries;
import uk.casemonitor.projections.breach.BreachStatus;
import uk.casemonitor.projections.compliance.DueObligations;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.kpi.KpiValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Compliance, KPIs, breaches and due-soon reminders over HTTP. */
@RestController
public class ComplianceController {

    private final CaseCompliance caseCompliance;
    private final KpiService kpis;
    private final BreachQueries breaches;
    private final DueObligations obligations;
    private final WorkingDayCalendar calendar;
    private final RuleCatalogue catalogue;
    private final ComplianceProperties properties;
    private final TimeParameters time;
    private final ProjectionRebuild rebuild;

    public ComplianceController(CaseCompliance caseCompliance, KpiService kpis, BreachQueries breaches,
                                DueObligations obligations, WorkingDayCalendar calendar, RuleCatalogue catalogue,
                                ComplianceProperties properties, TimeParameters time, ProjectionRebuild rebuild) {
        this.caseCompliance = caseCompliance;
        this.kpis = kpis;
        this.breaches = breaches;
        this.obligations = obligations;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.properties = properties;
        this.time = time;
        this.rebuild = rebuild;
    }

    @GetMapping("/api/children/{childId}/compliance")
    public CaseCompliance.View childCompliance(@PathVariable String childId,
                                               @RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String knownAt) {
        return caseCompliance.of(EventStream.CHILD_CASE, SubjectKind.CHILD, childId, time.asOf(asOf), time.knownAt(knownAt));
    }

    @GetMapping("/api/foster-carers/{carerId}/compliance")
    public CaseCompliance.View carerCompliance(@PathVariable String carerId,
                                               @RequestParam(required = false) String asOf,
                                               @RequestParam(required = false) String knownAt) {
        return caseCompliance.of(EventStream.FOSTER_CARER, SubjectKind.FOSTER_CARER, carerId, time.asOf(asOf),
                                 time.knownAt(knownAt));
    }

    @GetMapping("/api/kpis")
    public KpiReport kpis(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
                          @RequestParam(required = false) String asOf) {
        LocalDate on = time.asOf(asOf);
        return new KpiReport(on, team, worker, rebuild.status(), kpis.all(new KpiScope(team, worker), on));
    }

    @GetMapping("/api/breaches")
    public BreachPage breaches(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
                               @RequestParam(required = false) String rule, @RequestParam(required = false) String status,
                               @RequestParam(required = false) String since,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Paging.requireValid(page, size, 500);
        BreachQueries.Filter filter = new BreachQueries.Filter(team, worker, rule, breachStatus(status),
                                                               since == null ? null : time.instant("since", since));
        LocalDate today = time.today();
        List<BreachView> items = breaches.find(filter, page, size).stream().map(b -> BreachView.of(b, today)).toList();
        return new BreachPage(page, size, breaches.count(filter), items);
    }

    @GetMapping("/api/due")
    public DueReport due(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
                         @RequestParam(required = false) Integer withinWorkingDays) {
        int horizon = withinWorkingDays == null ? properties.dueSoonWorkingDays() : withinWorkingDays;
        if (horizon < 0 || horizon > 60) {
            throw new InvalidEventException("withinWorkingDays", "must be between 0 and 60");
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

    @GetMapping("/api/rules")
    public List<Map<String, Object>> rules() {
        return catalogue.rules().stream().map(rule -> Map.<String, Object>of(
                "id", rule.id(), "subject", rule.subjectKind(), "obligation", rule.obligation(), "basis", rule.basis(),
                "timescales", rule.timescales().entrySet().stream()
                                  .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())),
                "kpi", rule.kpi().label())).toList();
    }

    private static BreachStatus breachStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return BreachStatus.valueOf(status.trim().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("status", "must be one of " + java.util.Arrays.toString(BreachStatus.values()));
        }
    }

    /** @param readModel whether the read model is being rebuilt (and so incomplete) as these were computed */
    public record KpiReport(LocalDate asOf, String team, String worker, ProjectionRebuild.Status readModel,
                            List<KpiValue> kpis) {
    }

    public record BreachPage(int page, int size, long total, List<BreachView> breaches) {
    }

    /** @param daysOverdue for an open breach, days past due today; otherwise days past due when it closed */
    public record BreachView(String subjectKind, String subjectId, String obligationKey, String rule, String teamId,
                             String workerId, LocalDate dueOn, BreachStatus status, long daysOverdue, Instant raisedAt,
                             String raisedBy, LocalDate resolvedOn, Breach.Acknowledgement acknowledgement) {

        static BreachView of(Breach breach, LocalDate today) {
            LocalDate until = breach.status() == BreachStatus.OPEN || breach.resolvedOn() == null ? today : breach.resolvedOn();
            return new BreachView(breach.subjectKind().name(), breach.subjectId(), breach.obligationKey(), breach.ruleId(),
                    breach.teamId(), breach.workerId(), breach.dueOn(), breach.status(),
                    Math.max(0, ChronoUnit.DAYS.between(breach.dueOn(), until)), breach.raisedAt(), breach.raisedBy(),
                    breach.resolvedOn(), breach.acknowledgement());
        }
    }

    public record DueReport(LocalDate today, LocalDate until, int withinWorkingDays, List<DueItem> due) {
    }

    public record DueItem(SubjectKind subjectKind, String subjectId, String rule, String obligation, LocalDate dueOn,
                          int workingDaysLeft, String teamId, String workerId) {
    }
}
