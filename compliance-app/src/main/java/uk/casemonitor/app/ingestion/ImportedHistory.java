package uk.casemonitor.app.ingestion;

import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.recording.RecordingOutcome;
import uk.casemonitor.imports.HistoryRecorder;

import java.util.List;

/** The importers' way in: imported history goes through the same ingestion, and its checks, as the API. */
@Component
class ImportedHistory implements HistoryRecorder {

    private final EventIngestion ingestion;
    private final EventJson eventJson;

    ImportedHistory(EventIngestion ingestion, EventJson eventJson) {
        this.ingestion = ingestion;
        this.eventJson = eventJson;
    }

    @Override
    public List<ChildCaseEvent> childEvents(String childId) {
        try {
            return ingestion.read(EventStream.CHILD_CASE, childId).stream().map(EventIngestion.StoredEvent::event).toList();
        } catch (StreamNotFoundException none) {
            return List.of();
        }
    }

    @Override
    public RecordingOutcome recordChildHistory(String childId, List<ChildCaseEvent> events) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        events.forEach(event -> array.add(eventJson.write(event)));
        return ingestion.record(EventStream.CHILD_CASE, childId, array, RecordingMode.IMPORT);
    }
}
