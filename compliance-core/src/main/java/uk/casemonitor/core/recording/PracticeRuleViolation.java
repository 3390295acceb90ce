package uk.casemonitor.core.recording;

/**
 * An event that contradicts what the stream already says happened, e.g. a child-protection visit
 * dated when the child had no child-protection plan. Nothing of the rejected request is stored.
 */
public class PracticeRuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    public PracticeRuleViolation(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** Refuses an event dated after the day it is being recorded. */
    public static void refuseFutureDate(PracticeEvent event) {
        if (CaseTime.isFuture(event.occurredAt(), event.recordedAt())) {
            throw new PracticeRuleViolation("future-date", "occurredAt",
                    "occurredAt " + event.occurredAt() + " is after the date it is being recorded");
        }
    }

    /** Stable, machine-readable reason, e.g. {@code no-child-protection-plan}. */
    public String code() {
        return code;
    }

    /** The event field the violation is about, for the problem body. */
    public String field() {
        return field;
    }
}
