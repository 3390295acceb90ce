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

    /**
     * The one test of a future date, wherever a date comes in (the API, an aggregate, a return):
     * nothing in a case record can have happened after the day it is recorded.
     */
    public static boolean isFuture(LocalDate date, LocalDate today) {
        return date.isAfter(today);
    }

    /** {@link #isFuture(LocalDate, LocalDate)} against the English date at {@code now}. */
    public static boolean isFuture(LocalDate date, Instant now) {
        return isFuture(date, dateOf(now));
    }
}
