package uk.casemonitor.core.fostercarer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Record one or more events in a foster carer's stream, all or nothing. */
public record RecordFosterCarerEvents(String carerId, List<FosterCarerEvent> events) {

    public RecordFosterCarerEvents {
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("At least one event is needed");
        }
        for (FosterCarerEvent event : events) {
            if (!carerId.equals(event.carerId())) {
                throw new IllegalArgumentException(
                        "Event " + event.eventId() + " is for carer " + event.carerId() + ", not " + carerId);
            }
        }
    }

    public static RecordFosterCarerEvents of(FosterCarerEvent event) {
        return new RecordFosterCarerEvents(event.carerId(), List.of(event));
    }

    @TargetAggregateIdentifier
    public String streamId() {
        return FosterCarer.streamIdOf(carerId);
    }
}
