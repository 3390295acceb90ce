package uk.casemonitor.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventJson;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.util.List;

/**
 * Records events in a child's or foster carer's stream and reads the stream back. The body of a
 * POST is one event or a JSON array of events, each with a {@code type} naming its kind.
 */
@RestController
class EventStreamController {

    private final EventIngestion ingestion;
    private final EventJson eventJson;

    public EventStreamController(EventIngestion ingestion, EventJson eventJson) {
        this.ingestion = ingestion;
        this.eventJson = eventJson;
    }

    @PostMapping(path = "/api/children/{childId}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> recordChildEvents(@PathVariable String childId, @RequestBody JsonNode body) {
        return record(EventStream.CHILD_CASE, childId, body);
    }

    @GetMapping("/api/children/{childId}/events")
    public StreamView childEvents(@PathVariable String childId) {
        return read(EventStream.CHILD_CASE, childId);
    }

    @PostMapping(path = "/api/foster-carers/{carerId}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Receipt> recordCarerEvents(@PathVariable String carerId, @RequestBody JsonNode body) {
        return record(EventStream.FOSTER_CARER, carerId, body);
    }

    @GetMapping("/api/foster-carers/{carerId}/events")
    public StreamView carerEvents(@PathVariable String carerId) {
        return read(EventStream.FOSTER_CARER, carerId);
    }

    private ResponseEntity<Receipt> record(EventStream<?> stream, String id, JsonNode body) {
        RecordingOutcome outcome = ingestion.record(stream, id, body);
        // 201 when something new was stored; 200 when every event was an idempotent repeat.
        HttpStatus status = outcome.stored() > 0 ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(new Receipt(id, outcome.stored(), outcome.alreadyRecorded()));
    }

    private <E extends PracticeEvent> StreamView read(EventStream<E> stream, String id) {
        List<ObjectNode> events = ingestion.read(stream, id).stream().map(stored -> {
            ObjectNode json = eventJson.write(stored.event());
            json.put("sequence", stored.sequence());
            return json;
        }).toList();
        return new StreamView(id, events.size(), events);
    }

    public record Receipt(String id, int stored, int alreadyRecorded) {
    }

    public record StreamView(String id, int count, List<ObjectNode> events) {
    }
}
