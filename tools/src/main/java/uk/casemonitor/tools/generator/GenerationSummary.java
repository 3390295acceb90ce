package uk.casemonitor.tools.generator;

import java.time.Duration;
import java.util.Locale;

/** What a generation run wrote. */
public record GenerationSummary(long events, long children, long carers, Duration took) {

    @Override
    public String toString() {
        return String.format(Locale.UK, "Generated %,d events for %,d children and %,d foster carers in %.1f s",
                             events, children, carers, took.toMillis() / 1000.0);
    }
}
