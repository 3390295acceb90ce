package uk.casemonitor.app.ingestion;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.node.ObjectNode;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.Correction;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.recording.Retraction;

import java.time.Instant;
import java.util.stream.Collectors;
import uk.casemonitor.core.recording.InvalidEventException;

/**
 * The one place where events become HTTP JSON and back. On the wire an event is its record's fields
 * plus {@code type}, the record's name; the subject id comes from the URL and {@code recordedAt}
 * from the monitor's clock, never from the client.
 */
@Component
public class EventJson {

    public static final String TYPE = "type";
    private static final String RECORDED_AT = "recordedAt";
    private static final String RECORDED_BY = "recordedBy";
    private static final String OCCURRED_AT = "occurredAt";
    private static final String EVENT_ID = "eventId";
    private static final String REPLACEMENT = "replacement";
    private static final String CORRECTED_EVENT_ID = "correctedEventId";

    private final JsonMapper mapper;
    private final ObjectReader strictReader;

    public EventJson(JsonMapper mapper) {
        // A correction's replacement is an event of the same stream, named by "type" as on the wire.
        this.mapper = mapper.rebuild()
                            .registerSubtypes(EventStream.allTypes().entrySet().stream()
                                    .map(type -> new NamedType(type.getValue(), type.getKey())).toArray(NamedType[]::new))
                            .build();
        this.strictReader = this.mapper.reader()
                                  .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                                  .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /**
     * @param path where this event sits in the request, prefixed to field names in errors ("" or "[3].")
     */
    public <E extends PracticeEvent> E read(EventStream<E> stream, String subjectId, JsonNode json,
                                            Instant recordedAt, String path) {
        return read(stream, subjectId, json, RecordingMode.LIVE, recordedAt, path);
    }

    /**
     * @param receivedAt the monitor's stamp for {@link RecordingMode#LIVE}; ignored on import, where
     *                   the event's own {@code recordedAt} is required
     */
    public <E extends PracticeEvent> E read(EventStream<E> stream, String subjectId, JsonNode json,
                                            RecordingMode mode, Instant receivedAt, String path) {
        if (!(json instanceof ObjectNode object)) {
            throw new InvalidEventException(path.isEmpty() ? "body" : path.substring(0, path.length() - 1),
                                            "an event must be a JSON object");
        }
        Class<? extends E> type = typeOf(stream, object, path);
        if (mode == RecordingMode.LIVE && object.has(RECORDED_AT)) {
            throw new InvalidEventException(path + RECORDED_AT, "is set by the monitor when the event is received");
        }
        if (mode == RecordingMode.IMPORT && !object.hasNonNull(RECORDED_AT)) {
            throw new InvalidEventException(path + RECORDED_AT, "is required when importing history");
        }
        requireSubjectOfTheUrl(stream, subjectId, object, path);
        ObjectNode fields = object.deepCopy();
        fields.remove(TYPE);
        fields.put(stream.idField(), subjectId);
        if (mode == RecordingMode.LIVE) {
            fields.put(RECORDED_AT, receivedAt.toString());
        }
        if (Correction.class.isAssignableFrom(type) || Retraction.class.isAssignableFrom(type)) {
            amendmentDefaults(stream, subjectId, fields, path);
        }
        try {
            return strictReader.forType(type).readValue(fields);
        } catch (JacksonException e) {
            throw new InvalidEventException(path + fieldOf(e), describe(e));
        }
    }

    /** The subject comes from the URL: an event (or a replacement) may repeat it, never name another. */
    private static void requireSubjectOfTheUrl(EventStream<?> stream, String subjectId, ObjectNode event, String path) {
        JsonNode givenId = event.get(stream.idField());
        if (givenId != null && !(givenId.isString() && givenId.stringValue().equals(subjectId))) {
            throw new InvalidEventException(path + stream.idField(), "must match the id in the URL, or be left out");
        }
    }

    private <E extends PracticeEvent> Class<? extends E> typeOf(EventStream<E> stream, ObjectNode object, String path) {
        JsonNode type = object.get(TYPE);
        if (type == null || !type.isString() || type.stringValue().isBlank()) {
            throw new InvalidEventException(path + TYPE, "is required: one of " + stream.types().keySet().stream()
                    .sorted().collect(Collectors.joining(", ")));
        }
        return stream.type(type.stringValue()).orElseThrow(() -> new InvalidEventException(path + TYPE,
                "'" + type.stringValue() + "' is not a " + stream.subjectName() + " event type"));
    }

    /**
     * A correction or retraction is dated the day it is made unless the client says otherwise, and
     * a correction's replacement is the corrected event without what the monitor knows already:
     * the subject (from the URL), its event id (the one corrected) and its recording stamp (the
     * original's, put back by the aggregate).
     */
    private <E extends PracticeEvent> void amendmentDefaults(EventStream<E> stream, String subjectId, ObjectNode fields,
                                                             String path) {
        JsonNode recordedAt = fields.get(RECORDED_AT);
        if (!fields.hasNonNull(OCCURRED_AT) && recordedAt != null && recordedAt.isString()) {
            fields.put(OCCURRED_AT, CaseTime.dateOf(Instant.parse(recordedAt.stringValue())).toString());
        }
        if (!(fields.get(REPLACEMENT) instanceof ObjectNode given)) {
            return;
        }
        String replacementPath = path + REPLACEMENT + ".";
        typeOf(stream, given, replacementPath);
        requireSubjectOfTheUrl(stream, subjectId, given, replacementPath);
        ObjectNode replacement = given.deepCopy();
        replacement.put(stream.idField(), subjectId);
        if (!replacement.has(EVENT_ID) && fields.get(CORRECTED_EVENT_ID) != null) {
            replacement.set(EVENT_ID, fields.get(CORRECTED_EVENT_ID));
        }
        replacement.set(RECORDED_AT, recordedAt);
        replacement.set(RECORDED_BY, fields.get(RECORDED_BY));
        fields.set(REPLACEMENT, replacement);
    }

    private static String fieldOf(JacksonException e) {
        String field = e.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."));
        return field.isEmpty() ? "body" : field;
    }

    private static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
            return "is not a field of this event type";
        }
        if (e instanceof tools.jackson.databind.exc.InvalidFormatException invalid) {
            return "cannot take the value '" + invalid.getValue() + "'" + expected(invalid.getTargetType());
        }
        return message;
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (target.isEnum()) {
            return ": expected one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (target == java.time.LocalDate.class) {
            return ": expected a date as YYYY-MM-DD";
        }
        return ": expected " + target.getSimpleName();
    }

    /** The event as the API shows it: {@code type} first, then the record's fields. */
    public ObjectNode write(PracticeEvent event) {
        ObjectNode json = mapper.createObjectNode();
        json.put(TYPE, event.getClass().getSimpleName());
        json.setAll((ObjectNode) mapper.valueToTree(event));
        return json;
    }
}
