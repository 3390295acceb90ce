package uk.casemonitor.app.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Revision 1 of every event. The first releases stored events without a revision and under their
 * Java class name ({@code uk.casemonitor.core.childcase.VisitMade}); from revision 1 an event is
 * stored under its name in the vocabulary ({@link EventVocabularySerializer}). The payload itself
 * did not change, so the hash chain recorded over it still verifies.
 */
final class ClassNamedEventUpcaster extends SingleEventUpcaster {

    static final String REVISION = "1";

    private final Map<String, String> namesByClassName;

    ClassNamedEventUpcaster(Map<String, Class<?>> eventTypes) {
        this.namesByClassName = eventTypes.entrySet().stream()
                                          .collect(Collectors.toUnmodifiableMap(e -> e.getValue().getName(), Map.Entry::getKey));
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getRevision() == null
                && namesByClassName.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = namesByClassName.get(representation.getType().getName());
        return representation.upcastPayload(new SimpleSerializedType(name, REVISION), byte[].class, Function.identity());
    }
}
