package uk.casemonitor.cli;

import org.springframework.context.ConfigurableApplicationContext;
import uk.casemonitor.app.store.StoreVerification;

import java.io.PrintStream;

/**
 * {@code verify-store}: checks every stream of the store (sequence numbers without gaps, event
 * count, hash chain), as after a restore from backup, printing progress and then a summary, and
 * exits with status 1 if any stream is broken.
 */
final class VerifyStoreCommand {

    private VerifyStoreCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = Headless.start(options.passedOn())) {
            StoreVerification.Report report = context.getBean(StoreVerification.class).verify(err::println);
            out.println(report);
            report.problems().forEach(problem -> out.println("  " + problem.streamId()
                    + (problem.sequence() == null ? "" : " at event " + problem.sequence()) + ": " + problem.problem()));
            if (report.brokenStreams() > report.problems().size()) {
                out.println("  ... and " + (report.brokenStreams() - report.problems().size()) + " more");
            }
            return Boolean.TRUE.equals(report.intact()) ? 0 : 1;
        }
    }
}
