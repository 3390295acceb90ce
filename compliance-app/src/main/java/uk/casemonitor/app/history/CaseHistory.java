package uk.casemonitor.app.history;

import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;
import uk.casemonitor.app.compliance.CaseCompliance;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventIngestion.StoredEvent;
import uk.casemonitor.app.ingestion.EventJson;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.ChainHash;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.Correction;
import uk.casemonitor.core.recording.Retraction;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.ComplianceEngine;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationState;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.breach.Breach;
import uk.casemonitor.projections.breach.BreachQueries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An auditor's view of one child's or carer's record: every event on a timeline with when it
 * happened, when it was recorded and by whom, what it did to the compliance picture, and the
 * picture itself as it happened beside the picture managers could have seen at the time.
 */
@Service
public class CaseHistory {

    private final EventIngestion ingestion;
    private final EventJson eventJson;
    private final ComplianceEngine engine;
    private final CaseCompliance compliance;
    private final BreachQueries breaches;
    private final WorkingDayCalendar calendar;

    public CaseHistory(EventIngestion ingestion, EventJson eventJson, ComplianceEngine engine, CaseCompliance compliance,
                       BreachQueries breaches, WorkingDayCalendar calendar) {
        this.ingestion = ingestion;
        this.eventJson = eventJson;
        this.engine = engine;
        this.compliance = compliance;
        this.breaches = breaches;
        this.calendar = calendar;
    }

    public Timeline timeline(EventStream<?> stream, String subjectId, LocalDate asOf, Instant knownAt) {
        SubjectKind kind = stream.kind();
        List<? extends StoredEvent<?>> stored = ingestion.read(stream, subjectId);
        List<PracticeEvent> events = stored.stream().map(s -> (PracticeEvent) s.event()).toList();
        CorrectedHistory<PracticeEvent> corrected = CorrectedHistory.of(events);
        CaseEvaluation evaluation = engine.evaluate(kind, subjectId, corrected.effective().stream()
                .filter(event -> !event.occurredAt().isAfter(asOf)).toList());

        Map<String, List<Effect>> effectsByEvent = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Obligation obligation : evaluation.obligations()) {
            effectsByEvent.computeIfAbsent(obligation.openedBy(), id -> new ArrayList<>())
                          .add(new Effect("OBLIGATION_OPENED", obligation.ruleId(), obligation.key(), obligation.dueOn()));
            ObligationState state = obligation.stateOn(asOf);
            if (obligation.closedBy() != null && state != ObligationState.DUE && state != ObligationState.OVERDUE) {
                effectsByEvent.computeIfAbsent(obligation.closedBy(), id -> new ArrayList<>())
                              .add(new Effect(state.name(), obligation.ruleId(), obligation.key(), obligation.dueOn()));
            }
            LocalDate breachedOn = obligation.dueOn().plusDays(1);
            boolean deadlinePassedUnmet = (state == ObligationState.OVERDUE || state == ObligationState.MISSED
                    || state == ObligationState.MET_LATE) && !breachedOn.isAfter(asOf)
                    && (obligation.closedOn() == null || obligation.closedOn().isAfter(obligation.dueOn()));
            if (deadlinePassedUnmet) {
                entries.add(Entry.deadlinePassed(breachedOn, new Effect("BREACH_RAISED", obligation.ruleId(),
                                                                         obligation.key(), obligation.dueOn())));
            }
        }
        Map<String, Breach> register = new HashMap<>();
        breaches.ofSubject(kind, subjectId).forEach(breach -> register.put(breach.obligationKey(), breach));

        Map<String, PracticeEvent> latestVersion = new HashMap<>();
        for (StoredEvent<?> event : stored) {
            PracticeEvent practice = event.event();
            ObjectNode json = eventJson.write(practice);
            Amendment amendment = amendment(practice, corrected, latestVersion);
            acknowledged(practice).ifPresent(key -> effectsByEvent.computeIfAbsent(practice.eventId(), id -> new ArrayList<>())
                    .add(new Effect("ACKNOWLEDGED", key.substring(0, Math.max(0, key.indexOf('/'))), key,
                                    register.containsKey(key) ? register.get(key).dueOn() : null)));
            entries.add(new Entry(event.sequence(), practice.getClass().getSimpleName(), practice.eventId(),
                    practice.occurredAt(), practice.recordedAt(), practice.recordedBy(),
                    calendar.workingDaysBetween(practice.occurredAt(), CaseTime.dateOf(practice.recordedAt())),
                    !practice.recordedAt().isAfter(knownAt), event.chainHash(),
                    effectsByEvent.getOrDefault(practice.eventId(), List.of()), json, amendment));
        }
        entries.sort(Comparator.comparing(Entry::occurredAt)
                               .thenComparing(entry -> entry.sequence() == null ? Long.MAX_VALUE : entry.sequence()));

        Instant everythingRecorded = events.stream().map(PracticeEvent::recordedAt).max(Comparator.naturalOrder()).orElse(knownAt);
        CaseCompliance.View asHappened = compliance.of(kind, subjectId, events, asOf, everythingRecorded);
        CaseCompliance.View asKnown = compliance.of(kind, subjectId, events, asOf, knownAt);
        return new Timeline(subjectId, asOf, knownAt, entries, asHappened, asKnown, differences(asHappened, asKnown),
                            register.values().stream().sorted(Comparator.comparing(Breach::dueOn)).toList());
    }

    /**
     * How an entry stands with corrections: for a practice event whether it stands as recorded, was
     * corrected or is retracted, and by which events; for a correction or retraction which event it
     * is about, why, and (for a correction) what it changed from the version before it.
     *
     * @param latestVersion each event id's version so far in the walk through the stream
     */
    private Amendment amendment(PracticeEvent event, CorrectedHistory<PracticeEvent> corrected,
                                Map<String, PracticeEvent> latestVersion) {
        if (event instanceof Correction correction) {
            PracticeEvent before = latestVersion.put(correction.correctedEventId(), correction.replacement());
            return new Amendment(null, correction.correctedEventId(), correction.reason(),
                                 changes(before, correction.replacement()), List.of());
        }
        if (event instanceof Retraction retraction) {
            return new Amendment(null, retraction.retractedEventId(), retraction.reason(), List.of(), List.of());
        }
        latestVersion.putIfAbsent(event.eventId(), event);
        List<String> amendedBy = corrected.amendmentsOf(event.eventId()).stream().map(PracticeEvent::eventId).toList();
        String standing = corrected.isRetracted(event.eventId()) ? "RETRACTED" : amendedBy.isEmpty() ? "AS_RECORDED" : "CORRECTED";
        return new Amendment(standing, null, null, List.of(), amendedBy);
    }

    /** The fields a correction changed, as the API shows them; who recorded the original is kept, so never a change. */
    private List<Change> changes(PracticeEvent before, PracticeEvent after) {
        if (before == null) {
            return List.of();
        }
        ObjectNode was = eventJson.write(before);
        ObjectNode is = eventJson.write(after);
        List<Change> changes = new ArrayList<>();
        for (String field : is.propertyNames()) {
            if (!Objects.equals(was.get(field), is.get(field))) {
                changes.add(new Change(field, was.get(field), is.get(field)));
            }
        }
        return changes;
    }

    private static java.util.Optional<String> acknowledged(PracticeEvent event) {
        if (event instanceof uk.casemonitor.core.childcase.BreachAcknowledged ack) {
            return java.util.Optional.of(ack.obligationKey());
        }
        if (event instanceof uk.casemonitor.core.fostercarer.FosterCarerBreachAcknowledged ack) {
            return java.util.Optional.of(ack.obligationKey());
        }
        return java.util.Optional.empty();
    }

    /** Obligations whose standing on the as-of date differs between what happened and what was known. */
    private static List<Difference> differences(CaseCompliance.View happened, CaseCompliance.View known) {
        Map<String, ObligationState> knownStates = new HashMap<>();
        known.obligations().forEach(o -> knownStates.put(o.key(), o.state()));
        List<Difference> differences = new ArrayList<>();
        for (CaseCompliance.ObligationView o : happened.obligations()) {
            ObligationState then = knownStates.remove(o.key());
            if (!Objects.equals(then, o.state())) {
                differences.add(new Difference(o.key(), o.rule(), o.dueOn(), o.state(), then));
            }
        }
        known.obligations().stream().filter(o -> knownStates.containsKey(o.key()))
             .forEach(o -> differences.add(new Difference(o.key(), o.rule(), o.dueOn(), null, o.state())));
        return differences;
    }

    /** Recomputes the stream's hash chain from the stored events and compares it with the stored hashes. */
    public Verification verify(EventStream<?> stream, String subjectId) {
        List<? extends StoredEvent<?>> stored = ingestion.read(stream, subjectId);
        String previous = ChainHash.GENESIS;
        for (StoredEvent<?> event : stored) {
            if (!previous.equals(event.previousHash())) {
                return Verification.broken(subjectId, stored.size(), event.sequence(),
                        "the stored link to the previous event does not match the chain");
            }
            String expected = ChainHash.next(previous, event.event());
            if (!expected.equals(event.chainHash())) {
                return Verification.broken(subjectId, stored.size(), event.sequence(),
                        "the stored event's content does not match its hash: it was altered after it was recorded");
            }
            previous = expected;
        }
        return new Verification(subjectId, true, stored.size(), null, null, previous);
    }

    /** The whole stream with its hashes, for an auditor to keep or check elsewhere. */
    public Export export(EventStream<?> stream, String subjectId, Instant exportedAt) {
        List<? extends StoredEvent<?>> stored = ingestion.read(stream, subjectId);
        List<ObjectNode> events = new ArrayList<>();
        for (StoredEvent<?> event : stored) {
            ObjectNode json = eventJson.write(event.event());
            json.put("sequence", event.sequence());
            json.put(ChainHash.PREVIOUS, event.previousHash());
            json.put(ChainHash.HASH, event.chainHash());
            events.add(json);
        }
        return new Export(stream.subjectName(), subjectId, exportedAt, "SHA-256 over the previous hash and every field of the event",
                          verify(stream, subjectId), events);
    }

    public record Effect(String effect, String rule, String obligationKey, LocalDate dueOn) {
    }

    /**
     * @param standing  for a practice event: AS_RECORDED, CORRECTED or RETRACTED (with everything recorded so far)
     * @param amends    for a correction or retraction: the event id it is about
     * @param reason    for a correction or retraction: why it was made
     * @param changes   for a correction: the fields it changed from the version before it
     * @param amendedBy for a practice event: the corrections and retractions of it, in order
     */
    public record Amendment(String standing, String amends, String reason, List<Change> changes, List<String> amendedBy) {
    }

    public record Change(String field, tools.jackson.databind.JsonNode from, tools.jackson.databind.JsonNode to) {
    }

    /**
     * One line of the timeline: a recorded event, or a deadline that passed unmet (no sequence, no event).
     *
     * @param knownAtTheTime whether the event had been recorded by the requested knownAt moment
     */
    public record Entry(Long sequence, String type, String eventId, LocalDate occurredAt, Instant recordedAt,
                        String recordedBy, Integer recordedAfterWorkingDays, boolean knownAtTheTime, String chainHash,
                        List<Effect> effects, ObjectNode event, Amendment amendment) {

        static Entry deadlinePassed(LocalDate on, Effect effect) {
            return new Entry(null, "DeadlinePassed", null, on, null, null, null, true, null, List.of(effect), null, null);
        }
    }

    public record Difference(String obligationKey, String rule, LocalDate dueOn, ObligationState asHappened,
                             ObligationState asKnown) {
    }

    public record Timeline(String id, LocalDate asOf, Instant knownAt, List<Entry> timeline,
                           CaseCompliance.View asHappened, CaseCompliance.View asKnown, List<Difference> differences,
                           List<Breach> breachRegister) {
    }

    public record Verification(String id, boolean intact, int events, Long firstBrokenSequence, String problem,
                               String headHash) {

        static Verification broken(String id, int events, long sequence, String problem) {
            return new Verification(id, false, events, sequence, problem, null);
        }
    }

    public record Export(String subject, String id, Instant exportedAt, String hashing, Verification verification,
                         List<ObjectNode> events) {
    }
}
