package uk.casemonitor.core.recording;

/** The client sent an event id already used in this stream for an event with different content. */
public class EventIdReused extends PracticeRuleViolation {

    public EventIdReused(String eventId) {
        super("event-id-reused", "eventId",
              "Event id '" + eventId + "' was already used in this stream for an event with different content");
    }
}
