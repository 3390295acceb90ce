package uk.casemonitor.app.eventstore;

import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.Map;

/**
 * Every upcaster, in the order they apply: stored events are read through this chain, so an event
 * stored by any earlier release reaches the code as the current record. When an event's fields
 * change, raise its {@code @Revision} and add an upcaster from the previous revision at the end;
 * the golden store test ({@code GoldenStoreTest}) fails until old payloads read again.
 */
public final class EventUpcasters {

    private EventUpcasters() {
    }

    /** @param eventTypes every event type of both streams by its name in the vocabulary */
    public static EventUpcasterChain chain(Map<String, Class<?>> eventTypes) {
        return new EventUpcasterChain(new ClassNamedEventUpcaster(eventTypes));
    }
}
