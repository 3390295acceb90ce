package uk.casemonitor.app.ingestion;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.ChainHash;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns what a client sends into recorded events: one event or a JSON array of them for one
 * child or carer, validated field by field, stamped with the time of receipt and recorded all or
 * nothing. The REST API and the file importers both come through here.
 */
@Service
public class EventIngestion {

    private static final Pattern SUBJECT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final EventJson eventJson;
    private final Validator validator;
    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final Clock clock;
    private final int maxEventsPerRequest;

    public EventIngestion(EventJson eventJson, Validator validator, CommandGateway commandGateway,
                          EventStore eventStore, Clock clock,
                          @Value("${compliance.api.max-events-per-request:1000}") int maxEventsPerRequest) {
        this.eventJson = eventJson;
        this.validator = validator;
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.clock = clock;
        this.maxEventsPerRequest = maxEventsPerRequest;
    }

    public <E extends PracticeEvent> RecordingOutcome record(EventStream<E> stream, String subjectId, JsonNode body) {
        return record(stream, subjectId, body, RecordingMode.LIVE);
    }

    /**
     * @param body one event as a JSON object, or a JSON array of events, for one subject
     */
    public <E extends PracticeEvent> RecordingOutcome record(EventStream<E> stream, String subjectId, JsonNode body,
                                                             RecordingMode mode) {
        requireValidId(stream, subjectId);
        List<JsonNode> items = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(items::add);
        } else {
            items.add(body);
        }
        if (items.isEmpty() || items.size() > maxEventsPerRequest) {
            throw new InvalidEventException("body", "must hold between 1 and " + maxEventsPerRequest + " events");
        }
        Instant receivedAt = clock.instant();
        List<E> events = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String path = body.isArray() ? "[" + i + "]." : "";
            E event = eventJson.read(stream, subjectId, items.get(i), mode, receivedAt, path);
            requireValid(event, path, receivedAt);
            events.add(event);
        }
        return commandGateway.sendAndWait(stream.recordEvents().apply(subjectId, events));
    }

    /** The subject's events in the order they were recorded. */
    public <E extends PracticeEvent> List<StoredEvent<E>> read(EventStream<E> stream, String subjectId) {
        requireValidId(stream, subjectId);
        List<StoredEvent<E>> events = new ArrayList<>();
        eventStore.readEvents(stream.streamIdOf().apply(subjectId)).asStream()
                  .forEach(message -> events.add(storedEvent(stream, message)));
        if (events.isEmpty()) {
            throw new StreamNotFoundException(stream, subjectId);
        }
        events.sort(Comparator.comparingLong(StoredEvent::sequence));
        return events;
    }

    private static <E extends PracticeEvent> StoredEvent<E> storedEvent(EventStream<E> stream,
                                                                       DomainEventMessage<?> message) {
        return new StoredEvent<>(message.getSequenceNumber(), stream.eventType().cast(message.getPayload()),
                                 (String) message.getMetaData().get(ChainHash.PREVIOUS),
                                 (String) message.getMetaData().get(ChainHash.HASH));
    }

    private void requireValidId(EventStream<?> stream, String subjectId) {
        if (subjectId == null || !SUBJECT_ID.matcher(subjectId).matches()) {
            throw new InvalidEventException(stream.idField(),
                    "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    private void requireValid(PracticeEvent event, String path, Instant receivedAt) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<PracticeEvent> violation : validator.validate(event)) {
            problems.add(new FieldProblem(path + violation.getPropertyPath(), violation.getMessage()));
        }
        LocalDate today = CaseTime.dateOf(receivedAt);
        if (event.occurredAt() != null && event.occurredAt().isAfter(today)) {
            problems.add(new FieldProblem(path + "occurredAt", "must not be in the future (today is " + today + ")"));
        }
        if (event.recordedAt() != null && event.recordedAt().isAfter(receivedAt)) {
            problems.add(new FieldProblem(path + "recordedAt", "must not be in the future"));
        }
        if (event.recordedAt() != null && event.occurredAt() != null
                && CaseTime.dateOf(event.recordedAt()).isBefore(event.occurredAt())) {
            problems.add(new FieldProblem(path + "recordedAt", "must not be before the day the event occurred"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw new InvalidEventException(problems);
        }
    }

    /** An event as stored, with its position in the subject's stream and its link in the hash chain. */
    public record StoredEvent<E extends PracticeEvent>(long sequence, E event, String previousHash, String chainHash) {
    }
}
