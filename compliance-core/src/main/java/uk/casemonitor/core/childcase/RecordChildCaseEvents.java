package uk.casemonitor.core.childcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Record one or more events in a child's case stream, all or nothing. The first event recorded for
 * a child opens the stream.
 */
public record RecordChildCaseEvents(String childId, List<ChildCaseEvent> events) {

    public RecordChildCaseEvents {
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("At least one event is needed");
        }
        for (ChildCaseEvent event : events) {
            if (!childId.equals(event.childId())) {
                throw new IllegalArgumentException(
                        "Event " + event.eventId() + " is for child " + event.childId() + ", not " + childId);
            }
        }
    }

    public static RecordChildCaseEvents of(ChildCaseEvent event) {
        return new RecordChildCaseEvents(event.childId(), List.of(event));
    }

    @TargetAggregateIdentifier
    public String streamId() {
        return ChildCase.streamIdOf(childId);
    }
}
