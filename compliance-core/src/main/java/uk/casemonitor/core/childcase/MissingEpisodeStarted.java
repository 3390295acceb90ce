package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The child went missing, or was away from their placement without authorisation (SSDA903
 * missing episodes: {@code MISSING} M or A, from {@code MIS_START}).
 */
@Revision("1")
public record MissingEpisodeStarted(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotNull Absence absence) implements ChildCaseEvent {

    /** SSDA903 {@code MISSING}: M missing from placement; A away from placement without authorisation. */
    public enum Absence {
        MISSING,
        AWAY_WITHOUT_AUTHORISATION
    }
}
