package uk.casemonitor.app.breaches;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.config.MonitoringStart;
import uk.casemonitor.app.web.TimeParameters;
import uk.casemonitor.app.web.BadRequestException;
import uk.casemonitor.app.web.Paging;
import uk.casemonitor.projections.breach.Breach;
import uk.casemonitor.projections.breach.BreachQueries;
import uk.casemonitor.projections.breach.BreachStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** {@code GET /api/breaches}: the breach register, filtered and paged. */
@RestController
class BreachController {

    private final BreachQueries breaches;
    private final TimeParameters time;
    private final MonitoringStart monitoringStart;

    public BreachController(BreachQueries breaches, TimeParameters time, MonitoringStart monitoringStart) {
        this.breaches = breaches;
        this.time = time;
        this.monitoringStart = monitoringStart;
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
        LocalDate monitoringFrom = monitoringStart.horizon().from();
        List<BreachView> items = breaches.find(filter, page, size).stream()
                                         .map(b -> BreachView.of(b, today, monitoringFrom)).toList();
        return new BreachPage(page, size, breaches.count(filter), monitoringFrom, items);
    }

    private static BreachStatus breachStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return BreachStatus.valueOf(status.trim().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status", "must be one of " + Arrays.toString(BreachStatus.values()));
        }
    }

    /** @param monitoringFrom where monitoring begins, null when the whole history is monitored */
    public record BreachPage(int page, int size, long total, LocalDate monitoringFrom, List<BreachView> breaches) {
    }

    /**
     * @param daysOverdue        for an open breach, days past due today; otherwise days past due when it closed
     * @param dueFromMonitoringStart the duty was owed from before monitoring began, so it is judged as due on
     *                           that day: overdue by the days since, not since its own deadline
     */
    public record BreachView(String subjectKind, String subjectId, String obligationKey, String rule, String teamId,
                             String workerId, LocalDate dueOn, BreachStatus status, long daysOverdue, Instant raisedAt,
                             String raisedBy, LocalDate resolvedOn, Breach.Acknowledgement acknowledgement,
                             boolean dueFromMonitoringStart) {

        static BreachView of(Breach breach, LocalDate today, LocalDate monitoringFrom) {
            LocalDate until = breach.status() == BreachStatus.OPEN || breach.resolvedOn() == null ? today : breach.resolvedOn();
            return new BreachView(breach.subjectKind().name(), breach.subjectId(), breach.obligationKey(), breach.ruleId(),
                    breach.teamId(), breach.workerId(), breach.dueOn(), breach.status(),
                    Math.max(0, ChronoUnit.DAYS.between(breach.dueOn(), until)), breach.raisedAt(), breach.raisedBy(),
                    breach.resolvedOn(), breach.acknowledgement(), breach.dueOn().equals(monitoringFrom));
        }
    }
}
