package uk.casemonitor.imports.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The events a return gives each child, once each — a row repeated in a file yields the same event
 * id and content, and is sent once — put in the order the case history needs.
 */
final class ChildEvents {

    private final Map<String, Map<String, ReturnEvent>> byChild = new TreeMap<>();

    void add(String child, ReturnEvent event) {
        byChild.computeIfAbsent(child, c -> new LinkedHashMap<>()).putIfAbsent(event.event().eventId(), event);
    }

    void addAll(String child, List<ReturnEvent> events) {
        events.forEach(event -> add(child, event));
    }

    SortedMap<String, List<ReturnEvent>> inOrder() {
        SortedMap<String, List<ReturnEvent>> ordered = new TreeMap<>();
        byChild.forEach((child, events) -> {
            List<ReturnEvent> list = new ArrayList<>(events.values());
            list.sort(ChronologicalOrder.EVENTS);
            ordered.put(child, list);
        });
        return ordered;
    }
}
