package uk.casemonitor.app.ingestion;

import uk.casemonitor.core.childcase.ChildCase;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.RecordChildCaseEvents;
import uk.casemonitor.core.fostercarer.FosterCarer;
import uk.casemonitor.core.fostercarer.FosterCarerEvent;
import uk.casemonitor.core.fostercarer.RecordFosterCarerEvents;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.SubjectKind;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two kinds of stream the monitor keeps, described once so that ingestion and reading are the
 * same code for children and foster carers.
 *
 * @param kind         whose stream it is, as the rules and read models name it: one value identifies
 *                     child or carer, and the stream is found from it with {@link #of(SubjectKind)}
 * @param subjectName  how the subject is named in messages
 * @param idField      the JSON/record field carrying the subject id
 * @param eventType    the sealed interface whose permitted records are the stream's vocabulary
 * @param streamIdOf   the event-store aggregate id for a subject id
 * @param recordEvents the command that records a batch of events in one stream
 */
public record EventStream<E extends PracticeEvent>(
        SubjectKind kind,
        String subjectName,
        String idField,
        Class<E> eventType,
        Function<String, String> streamIdOf,
        BiFunction<String, List<E>, Object> recordEvents) {

    public static final EventStream<ChildCaseEvent> CHILD_CASE = new EventStream<>(
            SubjectKind.CHILD, "child", "childId", ChildCaseEvent.class, ChildCase::streamIdOf, RecordChildCaseEvents::new);

    public static final EventStream<FosterCarerEvent> FOSTER_CARER = new EventStream<>(
            SubjectKind.FOSTER_CARER, "foster carer", "carerId", FosterCarerEvent.class, FosterCarer::streamIdOf, RecordFosterCarerEvents::new);

    /** The stream of a child's case or of a foster carer's own record. */
    public static EventStream<? extends PracticeEvent> of(SubjectKind kind) {
        return switch (kind) {
            case CHILD -> CHILD_CASE;
            case FOSTER_CARER -> FOSTER_CARER;
        };
    }

    /** Looked up for every event ingested, so worked out once per sealed interface. */
    private static final ClassValue<Map<String, Class<?>>> TYPES_BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Class<?>> computeValue(Class<?> sealedType) {
            return Arrays.stream(sealedType.getPermittedSubclasses())
                         .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, c -> c));
        }
    };

    /** Event type names as clients send them: the record's simple name, e.g. {@code VisitMade}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Class<? extends E>> types() {
        return (Map) TYPES_BY_NAME.get(eventType);
    }

    /**
     * Every event type of both streams by its name, for the JSON mappers to read a correction's
     * {@code replacement}, whose type is named like any event's.
     */
    public static Map<String, Class<?>> allTypes() {
        Map<String, Class<?>> all = new java.util.TreeMap<>(CHILD_CASE.types());
        all.putAll(FOSTER_CARER.types());
        return all;
    }

    public Optional<Class<? extends E>> type(String name) {
        return Optional.ofNullable(types().get(name));
    }
}
