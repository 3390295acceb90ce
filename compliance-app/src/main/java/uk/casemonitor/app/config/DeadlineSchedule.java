package uk.casemonitor.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import uk.casemonitor.projections.breach.DeadlineWatch;
import uk.casemonitor.projections.compliance.DueSoonWatch;

/** Runs the clock-driven breach check and due-soon reminders once the app is ready, then at the configured interval. */
@Component
class DeadlineSchedule {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSchedule.class);

    private final DeadlineWatch watch;
    private final DueSoonWatch dueSoon;
    private final TaskScheduler scheduler;
    private final ComplianceProperties properties;

    public DeadlineSchedule(DeadlineWatch watch, DueSoonWatch dueSoon, TaskScheduler scheduler,
                            ComplianceProperties properties) {
        this.watch = watch;
        this.dueSoon = dueSoon;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        scheduler.scheduleWithFixedDelay(this::check, properties.deadlineCheck());
    }

    private void check() {
        try {
            int raised = watch.check();
            if (raised > 0) {
                log.info("{} breach(es) raised for deadlines that passed", raised);
            }
            dueSoon.check();
        } catch (RuntimeException e) {
            log.warn("Deadline check failed; it runs again in {}", properties.deadlineCheck(), e);
        }
    }
}
