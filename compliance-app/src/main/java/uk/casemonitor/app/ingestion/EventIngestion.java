package uk.casemonitor.app.ingestion;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.ChainHash;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.bulk.RecordInBulk;
import uk.casemonitor.core.recording.RecordingOutcome;
import uk.casemonitor.core.childcase.RecordChildCaseEvents;
import uk.casemonitor.core.fostercarer.RecordFosterCarerEvents;
import uk.casemonitor.core.childcase.DutyNoLongerApplies;
import uk.casemonitor.core.rules.Rule;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.core.rules.SubjectKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import uk.casemonitor.core.recording.InvalidEventException;
import uk.casemonitor.core.recording.FieldProblem;

/**
 * Turns what a client sends into recorded events: one event or a JSON array of them for one
 * child or carer, validated field by field, stamped with the time of receipt and recorded all or
 * nothing. The REST API and the file importers both come through here, as JSON or as events
 * already built; JSON is read into events first, so both take the one validation.
 */
@Service
public class EventIngestion {

    private static final int MAX_ATTEMPTS = 10;
    private static final Pattern SUBJECT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final EventJson eventJson;
    private final Validator validator;
    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final Clock clock;
    private final SignedInRecorder signedIn;
    private final int maxEventsPerRequest;
    private final AmendmentLog amendmentLog;
    /** The duties a decision that one no longer applies may name. */
    private final List<String> childDuties;

    public EventIngestion(EventJson eventJson, Validator validator, CommandGateway commandGateway,
                          EventStore eventStore, Clock clock, SignedInRecorder signedIn,
                          @Value("${compliance.api.max-events-per-request:1000}") int maxEventsPerRequest,
                          ObjectProvider<AmendmentLog> amendmentLog, RuleCatalogue catalogue) {
        this.childDuties = catalogue.rulesFor(SubjectKind.CHILD).stream().map(Rule::id).toList();
        this.amendmentLog = amendmentLog.getIfAvailable(() -> (user, kind, subject, what, recorded) -> { });
        this.signedIn = signedIn;
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
        return sendLogged(stream, subjectId, command(stream, subjectId, body, mode, clock.instant()));
    }

    /**
     * Records events built in the monitor itself (an acknowledgement, an imported return) with the
     * same validation and retrying as JSON from a client. In {@link RecordingMode#LIVE} the events'
     * {@code recordedAt} and {@code recordedBy} are the monitor's to set: they become the time of
     * receipt and the signed-in user, whatever the events carry.
     *
     * @param events one subject's events; problems are named by field for one event and by
     *               {@code [index].field} for several, as for a JSON object and a JSON array
     */
    public <E extends PracticeEvent> RecordingOutcome record(EventStream<E> stream, String subjectId,
                                                             List<? extends E> events, RecordingMode mode) {
        return sendLogged(stream, subjectId, command(stream, subjectId, events, mode, clock.instant()));
    }

    /** Sends one subject's command; any corrections and retractions in it go in the amendment log, recorded or refused. */
    private RecordingOutcome sendLogged(EventStream<?> stream, String subjectId, Object command) {
        List<PracticeEvent> amendments = amendmentsIn(command);
        boolean recorded = false;
        try {
            RecordingOutcome outcome = sendRetryingConflicts(command);
            recorded = true;
            return outcome;
        } finally {
            for (PracticeEvent amendment : amendments) {
                amendmentLog.amendment(amendment.recordedBy(), stream.kind(), subjectId,
                        amendment.getClass().getSimpleName() + " " + amendment.eventId() + " of "
                                + CorrectedHistory.amendedEventId(amendment).orElseThrow(), recorded);
            }
        }
    }

    private static List<PracticeEvent> amendmentsIn(Object command) {
        List<? extends PracticeEvent> events = command instanceof RecordChildCaseEvents child ? child.events()
                : command instanceof RecordFosterCarerEvents carer ? carer.events() : List.of();
        return events.stream().filter(CorrectedHistory::isAmendment).map(PracticeEvent.class::cast).toList();
    }

    /** Reads one subject's JSON into events, checked and recorded as {@link #command(EventStream, String, List, RecordingMode, Instant)} does. */
    private <E extends PracticeEvent> Object command(EventStream<E> stream, String subjectId, JsonNode body,
                                                     RecordingMode mode, Instant receivedAt) {
        List<JsonNode> items = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(items::add);
        } else {
            items.add(body);
        }
        requireValidId(stream, subjectId);
        // The limit keeps a client's request body bounded; events the monitor builds itself (an importer's
        // history of one child, however long) are not a request, and are recorded whole, all or nothing.
        if (items.isEmpty() || items.size() > maxEventsPerRequest) {
            throw new InvalidEventException("body", "must hold between 1 and " + maxEventsPerRequest + " events");
        }
        boolean array = body != null && body.isArray();
        // Each event is read just before it is checked, so the first bad event is the one reported.
        return command(stream, subjectId, items.size(), array, mode, receivedAt, (index, path, recorder) -> {
            JsonNode item = items.get(index);
            // A recordedBy sent with a live event is ignored (whatever its JSON type): the signed-in user is stamped instead.
            JsonNode live = recorder != null && item instanceof ObjectNode object
                    ? object.deepCopy().put(LiveStamp.RECORDED_BY, recorder) : item;
            return eventJson.read(stream, subjectId, live, mode, receivedAt, path);
        });
    }

    private <E extends PracticeEvent> Object command(EventStream<E> stream, String subjectId, List<? extends E> events,
                                                     RecordingMode mode, Instant receivedAt) {
        return command(stream, subjectId, events.size(), events.size() > 1, mode, receivedAt,
                       (index, path, recorder) -> Objects.requireNonNull(events.get(index), "event"));
    }

    /** The events of one request, read one at a time; {@code recorder} is the signed-in user for a live one. */
    @FunctionalInterface
    private interface EventSource<E extends PracticeEvent> {
        E event(int index, String path, String recorder);
    }

    /** The one validation: checks one subject's batch, event by event, into the command that records it. */
    private <E extends PracticeEvent> Object command(EventStream<E> stream, String subjectId, int size, boolean array,
                                                     RecordingMode mode, Instant receivedAt, EventSource<E> source) {
        requireValidId(stream, subjectId);
        if (size < 1) {
            throw new InvalidEventException("body", "must hold at least one event");
        }
        String recorder = mode == RecordingMode.LIVE ? signedInRecorder() : null;
        List<E> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String path = array ? "[" + i + "]." : "";
            E event = source.event(i, path, recorder);
            if (recorder != null) {
                event = LiveStamp.stamped(event, receivedAt, recorder);
            }
            requireOfSubject(stream, subjectId, event, path);
            if (CorrectedHistory.isAmendment(event) && mode == RecordingMode.IMPORT) {
                // Who corrected the record, and when, is the point of a correction: a signed-in recorder sends one,
                // or the importer keeping the monitor in step with the source system that changed its record.
                throw new InvalidEventException(path + "type", "corrections and retractions are recorded live, not imported");
            }
            requireValid(event, path, receivedAt);
            events.add(event);
        }
        return stream.recordEvents().apply(subjectId, events);
    }

    /**
     * Live events are recorded by whoever signed in: a {@code recordedBy} in the body is replaced,
     * so the record says who really entered it. Imported history keeps the recorder of its source.
     */
    private String signedInRecorder() {
        return signedIn.name().orElseThrow(() -> new IllegalStateException(
                "Live recording needs a signed-in user; none is attached to this thread"));
    }

    /** Read from JSON the id comes from the URL; an event built in the monitor must carry the id it is recorded under. */
    private static void requireOfSubject(EventStream<?> stream, String subjectId, PracticeEvent event, String path) {
        if (!subjectId.equals(event.subjectId())) {
            throw new InvalidEventException(path + stream.idField(), "must be the " + stream.subjectName() + "'s id '"
                    + subjectId + "'");
        }
    }

    /**
     * Another node (or a stale cached copy of the stream) may have appended to the same stream
     * between our read and our write: the event store's unique (stream, sequence) key refuses the
     * write, nothing of it is stored, and the command is simply run again on the fresh stream. The
     * command is idempotent by event id, so a retry can neither lose nor duplicate an event.
     */
    private RecordingOutcome sendRetryingConflicts(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commandGateway.sendAndWait(command);
            } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw conflict instanceof ConcurrencyException concurrency ? concurrency
                            : new ConcurrencyException(conflict.getMessage(), conflict);
                }
                pauseBeforeRetry(attempt);
            }
        }
    }

    private static void pauseBeforeRetry(int attempt) {
        try {
            // Growing, jittered pauses (up to about a quarter of a second) so that two nodes racing for one stream fall out of step.
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(250, 5L << attempt)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrencyException("Interrupted while retrying a conflicting write", e);
        }
    }

    /** One subject's events in a bulk request: a JSON array (or single object) of events. */
    public record SubjectBatch(EventStream<?> stream, String subjectId, JsonNode events) {
    }

    /** One subject's events in a bulk request, built in the monitor. */
    public record EventBatch<E extends PracticeEvent>(EventStream<E> stream, String subjectId, List<? extends E> events) {
    }

    /**
     * @param refused per subject id, why its batch was not recorded (nothing of it is stored)
     */
    public record BulkOutcome(RecordingOutcome recorded, Map<String, RuntimeException> refused) {
    }

    /**
     * Records many subjects' batches with the same validation as {@link #record}, in one unit of work
     * when they are all acceptable. When one is refused by its case history, the others are recorded
     * one subject at a time so that only the refused subject is left out.
     */
    public BulkOutcome recordInBulk(List<SubjectBatch> batches, RecordingMode mode) {
        Instant receivedAt = clock.instant();
        return recordInBulk(batches.stream().map(batch -> new PendingBatch(batch.subjectId(),
                () -> command(batch.stream(), batch.subjectId(), batch.events(), mode, receivedAt))).toList());
    }

    /** {@link #recordInBulk(List, RecordingMode)} for events built in the monitor, checked as {@link #record(EventStream, String, List, RecordingMode)} does. */
    public BulkOutcome recordEventsInBulk(List<? extends EventBatch<?>> batches, RecordingMode mode) {
        Instant receivedAt = clock.instant();
        return recordInBulk(batches.stream().map(batch -> new PendingBatch(batch.subjectId(),
                () -> command(batch, mode, receivedAt))).toList());
    }

    private <E extends PracticeEvent> Object command(EventBatch<E> batch, RecordingMode mode, Instant receivedAt) {
        return command(batch.stream(), batch.subjectId(), batch.events(), mode, receivedAt);
    }

    /** A subject's batch, checked into its command when the bulk is put together. */
    private record PendingBatch(String subjectId, Supplier<Object> command) {
    }

    private BulkOutcome recordInBulk(List<PendingBatch> batches) {
        Map<String, RuntimeException> refused = new LinkedHashMap<>();
        List<RecordChildCaseEvents> children = new ArrayList<>();
        List<RecordFosterCarerEvents> carers = new ArrayList<>();
        for (PendingBatch batch : batches) {
            try {
                Object command = batch.command().get();
                if (command instanceof RecordChildCaseEvents child) {
                    children.add(child);
                } else {
                    carers.add((RecordFosterCarerEvents) command);
                }
            } catch (InvalidEventException invalid) {
                refused.put(batch.subjectId(), invalid);
            }
        }
        if (children.isEmpty() && carers.isEmpty()) {
            return new BulkOutcome(new RecordingOutcome(0, 0), refused);
        }
        try {
            BulkOutcome outcome = new BulkOutcome(sendRetryingConflicts(new RecordInBulk(children, carers)), refused);
            logAmendments(children, refused);
            return outcome;
        } catch (RuntimeException oneSubjectRefused) {
            RecordingOutcome recorded = new RecordingOutcome(0, 0);
            List<Object> oneByOne = new ArrayList<>(children);
            oneByOne.addAll(carers);
            for (Object command : oneByOne) {
                try {
                    recorded = recorded.plus(sendRetryingConflicts(command));
                } catch (RuntimeException e) {
                    String subject = command instanceof RecordChildCaseEvents child ? child.childId()
                            : ((RecordFosterCarerEvents) command).carerId();
                    refused.put(subject, e);
                }
            }
            logAmendments(children, refused);
            return new BulkOutcome(recorded, refused);
        }
    }

    /** As for one subject ({@link #sendLogged}): every correction and retraction in a bulk, recorded or refused. */
    private void logAmendments(List<RecordChildCaseEvents> children, Map<String, RuntimeException> refused) {
        for (RecordChildCaseEvents child : children) {
            for (PracticeEvent amendment : amendmentsIn(child)) {
                amendmentLog.amendment(amendment.recordedBy(), EventStream.CHILD_CASE.kind(), child.childId(),
                        amendment.getClass().getSimpleName() + " " + amendment.eventId() + " of "
                                + CorrectedHistory.amendedEventId(amendment).orElseThrow(),
                        !refused.containsKey(child.childId()));
            }
        }
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
        if (event.occurredAt() != null && CaseTime.isFuture(event.occurredAt(), today)) {
            problems.add(new FieldProblem(path + "occurredAt", "must not be in the future (today is " + today + ")"));
        }
        if (event.recordedAt() != null && event.recordedAt().isAfter(receivedAt)) {
            problems.add(new FieldProblem(path + "recordedAt", "must not be in the future"));
        }
        if (event instanceof DutyNoLongerApplies decision && decision.rule() != null
                && !childDuties.contains(decision.rule())) {
            problems.add(new FieldProblem(path + "rule", "must be a child's duty: one of " + childDuties));
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
