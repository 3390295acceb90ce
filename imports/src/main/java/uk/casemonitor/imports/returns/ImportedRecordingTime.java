package uk.casemonitor.imports.returns;

import uk.casemonitor.core.recording.CaseTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Statutory returns say when things happened, never when they were recorded. Imported events are
 * stamped as recorded at noon (Europe/London) on the day they occurred — or now, for something that
 * happened earlier today — so that history brought in from a return is never counted as recorded
 * late: the return cannot tell us whether it was.
 */
public final class ImportedRecordingTime {

    private final Clock clock;

    public ImportedRecordingTime(Clock clock) {
        this.clock = clock;
    }

    public Instant of(LocalDate occurredAt) {
        Instant noon = occurredAt.atTime(LocalTime.NOON).atZone(CaseTime.ZONE).toInstant();
        Instant now = clock.instant();
        return noon.isAfter(now) ? now : noon;
    }

    public LocalDate today() {
        return CaseTime.dateOf(clock.instant());
    }
}
