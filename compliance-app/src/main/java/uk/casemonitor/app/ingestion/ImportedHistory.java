package uk.casemonitor.app.ingestion;

import org.springframework.stereotype.Component;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.recording.RecordingOutcome;
import uk.casemonitor.imports.HistoryRecorder;

import java.util.List;
import java.util.Map;

/** The importers' way in: imported history goes through the same ingestion, and its checks, as the API. */
@Component
class ImportedHistory implements HistoryRecorder {

    private final EventIngestion ingestion;
    ImportedHistory(EventIngestion ingestion) {
        this.ingestion = ingestion;
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
        return ingestion.record(EventStream.CHILD_CASE, childId, events, RecordingMode.IMPORT);
    }

    @Override
    public BulkRecording recordChildrenInStep(Map<String, List<ChildCaseEvent>> eventsByChild) {
        List<EventIngestion.EventBatch<ChildCaseEvent>> batches = eventsByChild.entrySet().stream()
                .map(child -> new EventIngestion.EventBatch<>(EventStream.CHILD_CASE, child.getKey(), child.getValue()))
                .toList();
        EventIngestion.BulkOutcome outcome = ingestion.recordEventsInBulk(batches, RecordingMode.SOURCE_SYNC);
        return new BulkRecording(outcome.recorded(), outcome.refused());
    }
}
