package uk.casemonitor.core.recording;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * A copy of an event record with some fields replaced, made with the record's canonical
 * constructor: how the monitor stamps who recorded an event and when, and how a correction's
 * replacement keeps the original's stamp.
 */
public final class RecordCopy {

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
                canonical.setAccessible(true);
                return new Copier(components, canonical);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record always has its canonical constructor: " + type.getName(), e);
            }
        }
    };

    private RecordCopy() {
    }

    /** @param changes new values by record component name; the other components are copied */
    public static <E extends PracticeEvent> E with(E event, Map<String, ?> changes) {
        @SuppressWarnings("unchecked")
        E copy = (E) COPIERS.get(event.getClass()).copy(event, changes);
        return copy;
    }

    private record Copier(RecordComponent[] components, Constructor<?> canonical) {

        Object copy(Object event, Map<String, ?> changes) {
            Object[] values = new Object[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    String name = components[i].getName();
                    values[i] = changes.containsKey(name) ? changes.get(name) : components[i].getAccessor().invoke(event);
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
