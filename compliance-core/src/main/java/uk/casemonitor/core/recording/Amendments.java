package uk.casemonitor.core.recording;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The checks every stream makes of a correction or retraction before the aggregate re-validates
 * the corrected history: it must be about a practice event of the stream, and a correction must
 * replace it with an event of the same type and id. Shared by children and foster carers.
 */
public final class Amendments {

    private Amendments() {
    }

    /**
     * @param ledger  every event id the stream holds, to tell an amendment's id from an unknown one
     * @return the amendment as it is recorded: a correction's replacement carries the original's
     *         recorded-at and -by, since it is the original event put right, not a new one
     */
    public static <E extends PracticeEvent> E checked(E amendment, CorrectedHistory<? extends E> history, EventLedger ledger) {
        if (ledger.knows(amendment.eventId())) {
            // A retry, or an id reused: the ledger tells which once the replacement carries the original's stamp.
            return stampedAsOriginal(amendment, history);
        }
        if (amendment instanceof Correction correction) {
            PracticeEvent original = target(correction.correctedEventId(), "correctedEventId", history, ledger);
            PracticeEvent replacement = correction.replacement();
            if (replacement == null) {
                throw new PracticeRuleViolation("replacement-missing", "replacement", "A correction carries the corrected event in full");
            }
            if (replacement.getClass() != original.getClass()) {
                throw new PracticeRuleViolation("replacement-type-mismatch", "replacement.type",
                        "Event '" + original.eventId() + "' is a " + original.getClass().getSimpleName()
                                + "; its correction must be one too, not a " + replacement.getClass().getSimpleName());
            }
            if (!original.eventId().equals(replacement.eventId())) {
                throw new PracticeRuleViolation("replacement-event-id-mismatch", "replacement.eventId",
                        "The corrected event keeps its id '" + original.eventId() + "'");
            }
            if (!original.subjectId().equals(replacement.subjectId())) {
                throw new PracticeRuleViolation("replacement-subject-mismatch", "replacement",
                        "A correction cannot move an event to another record; retract it here and record it there");
            }
            if (CaseTime.isFuture(replacement.occurredAt(), correction.recordedAt())) {
                throw new PracticeRuleViolation("future-date", "replacement.occurredAt",
                        "occurredAt " + replacement.occurredAt() + " is after the date the correction is recorded");
            }
            return stampedAsOriginal(amendment, history);
        }
        if (amendment instanceof Retraction retraction) {
            target(retraction.retractedEventId(), "retractedEventId", history, ledger);
            if (history.isRetracted(retraction.retractedEventId())) {
                throw new PracticeRuleViolation("already-retracted", "retractedEventId",
                        "Event '" + retraction.retractedEventId() + "' is already retracted; a correction restores it");
            }
        }
        return amendment;
    }

    private static <E extends PracticeEvent> E stampedAsOriginal(E amendment, CorrectedHistory<? extends E> history) {
        if (!(amendment instanceof Correction correction) || correction.replacement() == null) {
            return amendment;
        }
        return history.practiceEvent(correction.correctedEventId())
                .map(original -> RecordCopy.with(amendment, Map.of("replacement", RecordCopy.with(correction.replacement(),
                        Map.of("recordedAt", original.recordedAt(), "recordedBy", original.recordedBy())))))
                .orElse(amendment);
    }

    private static PracticeEvent target(String eventId, String field, CorrectedHistory<?> history, EventLedger ledger) {
        return history.practiceEvent(eventId).orElseThrow(() -> ledger.knows(eventId)
                ? new PracticeRuleViolation("amendment-of-amendment", field,
                        "Event '" + eventId + "' is itself a correction or retraction; amend the event it is about")
                : new PracticeRuleViolation("unknown-event-id", field,
                        "No event with id '" + eventId + "' is recorded in this stream"));
    }

    /**
     * Checks the corrected history again from its start and refuses the request when it contradicts
     * itself. A contradiction the history held before this request's amendments (events accepted
     * under older checks) is not the request's doing and does not block putting the record right.
     *
     * @param amendmentIds   the ids of the corrections and retractions in this request
     * @param checkFromStart replays events through the stream's checks, throwing at the first contradiction
     */
    public static <E extends PracticeEvent> void refuseContradiction(List<E> recorded, Set<String> amendmentIds,
                                                                     Consumer<List<E>> checkFromStart) {
        try {
            checkFromStart.accept(CorrectedHistory.effective(recorded));
        } catch (PracticeRuleViolation found) {
            List<E> before = recorded.stream().filter(event -> !amendmentIds.contains(event.eventId())).toList();
            try {
                checkFromStart.accept(CorrectedHistory.effective(before));
            } catch (PracticeRuleViolation alreadyThere) {
                return;
            }
            PracticeEvent first = recorded.stream().filter(event -> amendmentIds.contains(event.eventId())).findFirst()
                                          .orElseThrow();
            throw contradiction(first, found);
        }
    }

    /** A contradiction found when the corrected history is checked again from its start. */
    private static PracticeRuleViolation contradiction(PracticeEvent amendment, PracticeRuleViolation found) {
        return new PracticeRuleViolation("correction-contradicts-history",
                amendment instanceof Retraction ? "retractedEventId" : "correctedEventId",
                "With this " + (amendment instanceof Retraction ? "retraction" : "correction")
                        + " the history would contradict itself (" + found.code() + "): " + found.getMessage());
    }
}
