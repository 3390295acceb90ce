package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A statutory return says something happened (a looked-after review, a health or dental check)
 * that needs an episode the child's record does not hold on that date, typically a period of care
 * the return does not establish. The fact itself cannot be recorded without contradicting the
 * record, so this keeps it as a data-quality finding to put right, rather than losing it.
 *
 * @param fact   the event the row would have been ({@code LookedAfterReviewHeld})
 * @param source where it came from ({@code reviews.csv:12})
 * @param reason why it could not be recorded
 */
@Revision("1")
public record ReturnFactUnplaced(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 100) String fact,
        @NotBlank @Size(max = 300) String source,
        @NotBlank @Size(max = 500) String reason) implements ChildCaseEvent {

    /**
     * The finding kept instead of {@code fact}, dated and stamped as the fact was, with an id derived
     * from the fact's so that importing the same source again records it once.
     */
    public static ReturnFactUnplaced instead(ChildCaseEvent fact, String source, String reason) {
        return new ReturnFactUnplaced(fact.childId(), "unplaced:" + fact.eventId(), fact.occurredAt(), fact.recordedAt(),
                fact.recordedBy(), fact.getClass().getSimpleName(), source, reason);
    }
}
