package uk.casemonitor.app.breaches;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.web.TimeParameters;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.app.ingestion.RecordingMode;
import uk.casemonitor.app.ingestion.StreamNotFoundException;
import uk.casemonitor.app.security.Caller;
import uk.casemonitor.core.childcase.BreachAcknowledged;
import uk.casemonitor.core.fostercarer.FosterCarerBreachAcknowledged;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.projections.breach.BreachQueries;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A manager acknowledges a breach: recorded as an event in the child's or carer's stream (so
 * auditors see who, when and what was planned), never hiding the breach from any KPI.
 */
@RestController
class AcknowledgementController {

    /** @param acknowledgedBy ignored: the acknowledgement is recorded as made by the signed-in manager */
    public record Acknowledgement(@NotBlank @Size(max = 200) String obligationKey, @NotBlank @Size(max = 1000) String note,
                                  @Size(max = 1000) String plannedAction, @Size(max = 100) String acknowledgedBy) {
    }

    /** The acknowledgement as recorded, in the event's words. */
    public record Acknowledged(String type, String eventId, LocalDate occurredAt, String recordedBy, String obligationKey,
                               String note, @JsonInclude(JsonInclude.Include.NON_NULL) String plannedAction) {
    }

    private final EventIngestion ingestion;
    private final BreachQueries breaches;
    private final TimeParameters time;

    public AcknowledgementController(EventIngestion ingestion, BreachQueries breaches, TimeParameters time) {
        this.ingestion = ingestion;
        this.breaches = breaches;
        this.time = time;
    }

    @PostMapping("/api/children/{childId}/breaches/acknowledgements")
    public ResponseEntity<Acknowledged> acknowledgeChildBreach(@PathVariable String childId,
                                                               @Valid @RequestBody Acknowledgement request) {
        return acknowledge(EventStream.CHILD_CASE, childId, request, BreachAcknowledged.class, ack -> new BreachAcknowledged(
                childId, ack.eventId(), ack.occurredAt(), null, ack.recordedBy(), ack.obligationKey(), ack.note(),
                ack.plannedAction()));
    }

    @PostMapping("/api/foster-carers/{carerId}/breaches/acknowledgements")
    public ResponseEntity<Acknowledged> acknowledgeCarerBreach(@PathVariable String carerId,
                                                               @Valid @RequestBody Acknowledgement request) {
        return acknowledge(EventStream.FOSTER_CARER, carerId, request, FosterCarerBreachAcknowledged.class,
                ack -> new FosterCarerBreachAcknowledged(carerId, ack.eventId(), ack.occurredAt(), null, ack.recordedBy(),
                        ack.obligationKey(), ack.note(), ack.plannedAction()));
    }

    /**
     * Made today by the signed-in manager, on a breach the subject has; ingestion stamps the moment
     * it is recorded.
     */
    private <E extends PracticeEvent> ResponseEntity<Acknowledged> acknowledge(EventStream<E> stream, String id,
                                                                              Acknowledgement request, Class<? extends E> type,
                                                                              Function<Acknowledged, E> event) {
        requireBreach(stream, id, request);
        Acknowledged ack = new Acknowledged(type.getSimpleName(), "ack-" + UUID.randomUUID(), time.today(),
                Caller.current().map(Caller::name).orElse(null), request.obligationKey(), request.note(),
                request.plannedAction());
        ingestion.record(stream, id, List.of(event.apply(ack)), RecordingMode.LIVE);
        return ResponseEntity.status(HttpStatus.CREATED).body(ack);
    }

    private void requireBreach(EventStream<?> stream, String id, Acknowledgement request) {
        boolean known = breaches.ofSubject(stream.kind(), id).stream()
                                .anyMatch(breach -> breach.obligationKey().equals(request.obligationKey()));
        if (!known) {
            throw new StreamNotFoundException(stream, id, "breach '" + request.obligationKey() + "'");
        }
    }
}
