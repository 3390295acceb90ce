package uk.casemonitor.app.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar compliance-app.jar --rebuild-projections}: rebuilds every read model from the
 * event store (for instance after changing a rule's timescale), reports progress, and exits.
 */
@Component
class RebuildCommand {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final ApplicationArguments arguments;
    private final ProjectionRebuild rebuild;
    private final ApplicationContext context;

    public RebuildCommand(ApplicationArguments arguments, ProjectionRebuild rebuild, ApplicationContext context) {
        this.arguments = arguments;
        this.rebuild = rebuild;
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void runIfAsked() throws InterruptedException {
        if (!arguments.containsOption("rebuild-projections")) {
            return;
        }
        rebuild.start();
        while (rebuild.isRebuilding()) {
            Thread.sleep(200);
        }
        ProjectionRebuild.Status done = rebuild.status();
        log.info("Rebuild finished: {} events, {} events/s", done.eventsDone(), Math.round(done.eventsPerSecond()));
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
