package uk.casemonitor.app.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Axon's Jackson serializer, storing each event under its name in the streams' vocabulary
 * ({@code VisitMade}) and its {@code @Revision}, rather than under its Java class: an authority's
 * store outlives any package layout, and a class moved or renamed must not strand years of events
 * stored under its old name. Everything else Axon stores (tracking tokens, metadata) keeps Axon's
 * own class names.
 */
public class EventVocabularySerializer extends JacksonSerializer {

    private final Map<String, Class<?>> eventTypes;
    private final Map<Class<?>, String> eventNames;

    /**
     * The serializer of the event store: ISO dates, unknown fields ignored (a field an event no longer
     * has is the upcasters' business, not a reason to refuse the stream), and every event type
     * registered by name so that a correction's {@code replacement} reads as the event it names.
     *
     * @param eventTypes every event type by its name in the vocabulary
     */
    public static EventVocabularySerializer forEvents(Map<String, Class<?>> eventTypes) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        eventTypes.forEach((name, type) -> mapper.registerSubtypes(new NamedType(type, name)));
        return new EventVocabularySerializer(mapper, eventTypes);
    }

    private EventVocabularySerializer(ObjectMapper mapper, Map<String, Class<?>> eventTypes) {
        super(JacksonSerializer.builder().objectMapper(mapper));
        this.eventTypes = Map.copyOf(eventTypes);
        this.eventNames = eventTypes.entrySet().stream()
                                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        String name = eventNames.get(type);
        return name == null ? super.typeForClass(type) : new SimpleSerializedType(name, getRevisionResolver().revisionOf(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        Class<?> event = eventTypes.get(serializedType.getName());
        return event == null ? super.resolveClassName(serializedType) : event.getName();
    }
}
