package uk.casemonitor.cli;

import org.springframework.context.ApplicationContext;
import uk.casemonitor.app.config.MonitoringStart;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The importers' {@code --monitoring-from}: where the history they bring begins, kept as the
 * authority's monitoring start unless one is configured or earlier; each import reports the start in force.
 */
final class MonitoringFrom {

    private MonitoringFrom() {
    }

    static Optional<LocalDate> option(Options options) {
        return Optional.ofNullable(options.date("monitoring-from", null));
    }

    static void set(ApplicationContext context, Optional<LocalDate> historyBegins, String by) {
        historyBegins.ifPresent(from -> context.getBean(MonitoringStart.class).historyBeginsOn(from, by));
    }

    static void report(ApplicationContext context, PrintStream out) {
        out.println(context.getBean(MonitoringStart.class).setting()
                .map(s -> "Monitoring from " + s.monitoringFrom() + " (set by " + s.setBy()
                          + "): duties due before it are before monitoring, never breaches")
                .orElse("Monitoring the whole history: no monitoring start is set (--monitoring-from, "
                        + "compliance.monitoring-from)"));
    }
}
