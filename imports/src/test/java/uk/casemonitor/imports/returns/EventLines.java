package uk.casemonitor.imports.returns;

import tools.jackson.databind.JsonNode;
import uk.casemonitor.core.childcase.ChildCaseEvent;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeMap;

/**
 * An event as one readable line — "PlacementChanged 2024-09-16 longTerm=true placementType=U4" —
 * its type, date and own fields (alphabetically, unset ones left out), so that a test states a
 * child's expected history as a list a reader can check against the return.
 */
public final class EventLines {

    private static final Set<String> COMMON = Set.of(
            "type", "childId", "eventId", "occurredAt", "recordedAt", "recordedBy", "sequence");

    private EventLines() {
    }

    public static String of(ChildCaseEvent event) {
        TreeMap<String, Object> fields = new TreeMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(event);
                if (value != null && !COMMON.contains(component.getName())) {
                    fields.put(component.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return line(event.getClass().getSimpleName(), event.occurredAt().toString(), fields);
    }

    public static String of(JsonNode event) {
        TreeMap<String, Object> fields = new TreeMap<>();
        event.properties().forEach(field -> {
            if (!field.getValue().isNull() && !COMMON.contains(field.getKey())) {
                fields.put(field.getKey(), field.getValue().asString());
            }
        });
        return line(event.get("type").asString(), event.get("occurredAt").asString(), fields);
    }

    private static String line(String type, String date, TreeMap<String, Object> fields) {
        StringBuilder line = new StringBuilder(type).append(' ').append(date);
        fields.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
        return line.toString();
    }
}
