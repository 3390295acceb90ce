package uk.casemonitor.tools.generator;

import java.time.Duration;
import java.util.Locale;

/**
 * What an import did with the lines it read.
 *
 * @param read            events read (non-blank lines)
 * @param stored          events newly recorded
 * @param alreadyRecorded events the streams already held with the same id and content
 * @param rejected        lines refused, each reported with its line number
 */
public record ImportSummary(long read, long stored, long alreadyRecorded, long rejected, Duration took) {

    public double eventsPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? 0 : read / seconds;
    }

    @Override
    public String toString() {
        return String.format(Locale.UK, "Read %,d events: %,d stored, %,d already recorded, %,d rejected (%.1f s, %,.0f events/s)",
                             read, stored, alreadyRecorded, rejected, took.toMillis() / 1000.0, eventsPerSecond());
    }
}
