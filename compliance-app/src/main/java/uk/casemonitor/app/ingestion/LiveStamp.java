package uk.casemonitor.app.ingestion;

import uk.casemonitor.core.recording.PracticeEvent;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A live event as the monitor records it: {@code recordedAt} the moment it was received and
 * {@code recordedBy} the signed-in user, whatever the sender put there. Events are records, so the
 * stamped event is a copy made with the record's canonical constructor.
 */
final class LiveStamp {

    static final String RECORDED_AT = "recordedAt";
    static final String RECORDED_BY = "recordedBy";

    /** Worked out once per event type: its components and canonical constructor. */
    private static final ClassValue<Copier> COPIERS = new ClassValue<>() {
        @Override
        protected Copier computeValue(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record: events are records");
            }
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return new Copier(components, canonical);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record always has its canonical constructor: " + type.getName(), e);
            }
        }
    };

    private LiveStamp() {
    }

    static <E extends PracticeEvent> E stamped(E event, Instant receivedAt, String recorder) {
        if (Objects.equals(event.recordedAt(), receivedAt) && Objects.equals(event.recordedBy(), recorder)) {
            return event;
        }
        @SuppressWarnings("unchecked")
        E copy = (E) COPIERS.get(event.getClass()).copy(event, receivedAt, recorder);
        return copy;
    }

    private record Copier(RecordComponent[] components, Constructor<?> canonical) {

        Object copy(Object event, Instant receivedAt, String recorder) {
            Object[] values = new Object[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    String name = components[i].getName();
                    values[i] = name.equals(RECORDED_AT) ? receivedAt
                            : name.equals(RECORDED_BY) ? recorder
                            : components[i].getAccessor().invoke(event);
                }
                return canonical.newInstance(values);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot copy " + event.getClass().getName(), e);
            }
        }
    }
}
