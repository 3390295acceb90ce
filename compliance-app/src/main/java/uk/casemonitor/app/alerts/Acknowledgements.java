package uk.casemonitor.app.alerts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.casemonitor.app.compliance.TimeParameters;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.app.ingestion.InvalidEventException;
import uk.casemonitor.app.ingestion.StreamNotFoundException;
import uk.casemonitor.app.security.Caller;
import uk.casemonitor.core.childcase.BreachAcknowledged;
import uk.casemonitor.core.fostercarer.FosterCarerBreachAcknowledged;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.breach.BreachQueries;

import java.util.UUID;

/**
 * A manager acknowledges a breach: recorded as an event in the child's or carer's stream (so
 * auditors see who, when and what was planned), never hiding the breach from any KPI.
 */
@RestController
public class Acknowledgements {

    /** @param acknowledgedBy ignored: the acknowledgement is recorded as made by the signed-in manager */
    public record Acknowledgement(@NotBlank @Size(max = 200) String obligationKey, @NotBlank @Size(max = 1000) String note,
                                  @Size(max = 1000) String plannedAction, @Size(max = 100) String acknowledgedBy) {
    }

    private final EventIngestion ingestion;
    private final BreachQueries breaches;
    private final TimeParameters time;
    private final JsonMapper json;

    public Acknowledgements(EventIngestion ingestion, BreachQueries breaches, TimeParameters time, JsonMapper json) {
        this.ingestion = ingestion;
        this.breaches = breaches;
        this.time = time;
        this.json = json;
    }

    @PostMapping("/api/children/{childId}/breaches/acknowledgements")
    public ResponseEntity<?> acknowledgeChildBreach(@PathVariable String childId, @RequestBody Acknowledgement request) {
        return acknowledge(EventStream.CHILD_CASE, SubjectKind.CHILD, BreachAcknowledged.class, childId, request);
    }

    @PostMapping("/api/foster-carers/{carerId}/breaches/acknowledgements")
    public ResponseEntity<?> acknowledgeCarerBreach(@PathVariable String carerId, @RequestBody Acknowledgement request) {
        return acknowledge(EventStream.FOSTER_CARER, SubjectKind.FOSTER_CARER, FosterCarerBreachAcknowledged.class, carerId, request);
    }

    private ResponseEntity<?> acknowledge(EventStream<?> stream, SubjectKind kind, Class<?> eventType, String id,
                                          Acknowledgement request) {
        if (request.obligationKey() == null || request.obligationKey().isBlank()) {
            throw new InvalidEventException("obligationKey", "is required: the breach to acknowledge");
        }
        boolean known = breaches.ofSubject(kind, id).stream()
                                .anyMatch(breach -> breach.obligationKey().equals(request.obligationKey()));
        if (!known) {
            throw new StreamNotFoundException(stream, id, "breach '" + request.obligationKey() + "'");
        }
        ObjectNode event = json.createObjectNode();
        event.put("type", eventType.getSimpleName());
        event.put("eventId", "ack-" + UUID.randomUUID());
        event.put("occurredAt", time.today().toString());
        event.put("recordedBy", Caller.current().map(Caller::name).orElse(null));
        event.put("obligationKey", request.obligationKey());
        event.put("note", request.note());
        if (request.plannedAction() != null) {
            event.put("plannedAction", request.plannedAction());
        }
        ingestion.record(stream, id, event);
        return ResponseEntity.status(HttpStatus.CREATED).body(event);
    }
}
