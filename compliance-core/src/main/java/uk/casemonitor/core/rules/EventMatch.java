package uk.casemonitor.core.rules;

import uk.casemonitor.core.recording.PracticeEvent;

import java.util.function.Predicate;

/** Which events a rule reacts to: a type, optionally narrowed by a condition on its fields. */
record EventMatch(Class<? extends PracticeEvent> type, Predicate<PracticeEvent> condition) {

    public static <E extends PracticeEvent> EventMatch on(Class<E> type) {
        return new EventMatch(type, event -> true);
    }

    public static <E extends PracticeEvent> EventMatch on(Class<E> type, Predicate<E> condition) {
        return new EventMatch(type, event -> condition.test(type.cast(event)));
    }

    public boolean matches(PracticeEvent event) {
        return type.isInstance(event) && condition.test(event);
    }
}
