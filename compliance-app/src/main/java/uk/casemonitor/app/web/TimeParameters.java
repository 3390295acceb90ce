package uk.casemonitor.app.web;

import org.springframework.stereotype.Component;
import uk.casemonitor.core.recording.CaseTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Reads the {@code asOf} and {@code knownAt} query parameters the same way for every endpoint. */
@Component
public class TimeParameters {

    private final Clock clock;

    public TimeParameters(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return CaseTime.dateOf(clock.instant());
    }

    /** A date; absent means today. */
    public LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return today();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("asOf", "must be a date as YYYY-MM-DD");
        }
    }

    /** A date means "by the end of that day" in England; an instant is taken as given; absent means now. */
    public Instant knownAt(String knownAt) {
        if (knownAt == null || knownAt.isBlank()) {
            return clock.instant();
        }
        try {
            return LocalDate.parse(knownAt).atTime(LocalTime.MAX).atZone(CaseTime.ZONE).toInstant();
        } catch (DateTimeParseException notADate) {
            return instant("knownAt", knownAt);
        }
    }

    public Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field, "must be a date (YYYY-MM-DD) or an instant (2024-03-01T12:00:00Z)");
        }
    }
}
