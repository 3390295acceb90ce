package uk.casemonitor.core.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Practice dates are English local dates, whatever zone the server runs in. */
public final class CaseTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private CaseTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
