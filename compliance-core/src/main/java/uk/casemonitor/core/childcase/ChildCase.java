package uk.casemonitor.core.childcase;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.casemonitor.core.recording.Amendments;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.ChainHash;
import uk.casemonitor.core.recording.EventLedger;
import uk.casemonitor.core.recording.Periods;
import uk.casemonitor.core.recording.PracticeRuleViolation;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One child's case: the append-only record of the practice around them. It refuses events that
 * contradict what is already known (a child-protection visit with no plan, anything after the case
 * was closed) so that the compliance measures are computed from a consistent history.
 */
public class ChildCase {

    private static final String STREAM_PREFIX = "child-case:";

    @AggregateIdentifier
    private String streamId;
    private final EventLedger ledger = new EventLedger();
    private String lastHash = ChainHash.GENESIS;
    /** The stream as recorded, corrections and all, from which the corrected picture is worked out. */
    private final List<ChildCaseEvent> recorded = new ArrayList<>();
    /**
     * What the checks go by; null once an amendment has made it stale, and worked out again from the
     * corrected history only when next checked against: a stream with many corrections, loaded or
     * corrected in one batch, is then gone through once rather than once per correction.
     */
    private Practice practice = new Practice();

    public ChildCase() {
        // Required by Axon to rebuild the case from its events.
    }

    /** Children and carers share one event store; the prefix keeps their ids from colliding. */
    public static String streamIdOf(String childId) {
        return STREAM_PREFIX + childId;
    }

    /** The inverse of {@link #streamIdOf}. */
    public static String childIdOf(String streamId) {
        if (!streamId.startsWith(STREAM_PREFIX)) {
            throw new IllegalArgumentException("Not a child case stream: " + streamId);
        }
        return streamId.substring(STREAM_PREFIX.length());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordingOutcome handle(RecordChildCaseEvents command) {
        return record(command.events(), (event, metaData) -> apply(event, metaData), index -> { });
    }

    /**
     * What recording these events after the given stream would do, checked exactly as
     * {@link #handle} checks them, without recording anything: an importer's dry run, and how it
     * finds which of a child's events the history refuses, so that only that one is left out.
     *
     * @param recorded the child's stream as stored, in recorded order
     */
    public static Trial trial(List<ChildCaseEvent> recorded, List<ChildCaseEvent> events) {
        ChildCase trial = new ChildCase();
        recorded.forEach(event -> trial.on(event, null));
        int[] checking = {0};
        try {
            RecordingOutcome outcome = trial.record(events,
                    (event, metaData) -> trial.on(event, (String) metaData.get(ChainHash.HASH)),
                    index -> checking[0] = index);
            return new Trial(outcome, -1, null);
        } catch (PracticeRuleViolation refused) {
            return new Trial(null, checking[0], refused);
        }
    }

    /**
     * @param outcome   what recording would store, when every event is accepted
     * @param refusedAt the place in the batch of the event the history refuses, or -1
     * @param violation why it is refused
     */
    public record Trial(RecordingOutcome outcome, int refusedAt, PracticeRuleViolation violation) {

        public boolean accepted() {
            return violation == null;
        }
    }

    private RecordingOutcome record(List<ChildCaseEvent> events, BiConsumer<ChildCaseEvent, MetaData> applying,
                                    IntConsumer checking) {
        int stored = 0;
        int repeats = 0;
        Set<String> amendmentIds = new HashSet<>();
        for (int index = 0; index < events.size(); index++) {
            checking.accept(index);
            ChildCaseEvent given = events.get(index);
            ChildCaseEvent event = CorrectedHistory.isAmendment(given)
                    ? Amendments.checked(given, CorrectedHistory.of(recorded), ledger) : given;
            if (ledger.alreadyRecorded(event)) {
                repeats++;
                continue;
            }
            PracticeRuleViolation.refuseFutureDate(event);
            if (CorrectedHistory.isAmendment(event)) {
                amendmentIds.add(event.eventId());
            } else {
                practice().check(event);
            }
            String hash = ChainHash.next(lastHash, event);
            applying.accept(event, MetaData.with(ChainHash.HASH, hash).and(ChainHash.PREVIOUS, lastHash));
            stored++;
        }
        checking.accept(events.size() - 1);
        if (!amendmentIds.isEmpty()) {
            // Checked once the whole batch is in, so that a plan start and the visits under it can be retracted together.
            Amendments.refuseContradiction(recorded, amendmentIds, ChildCase::checkFromStart);
        }
        return new RecordingOutcome(stored, repeats);
    }

    /** Replays practice events through the same checks as new events, from an empty case. */
    private static void checkFromStart(List<ChildCaseEvent> effective) {
        Practice replay = new Practice();
        for (ChildCaseEvent event : effective) {
            replay.check(event);
            replay.apply(event);
        }
    }

    /**
     * What the case's practice history says, as far as the checks need it: the episodes, audits and
     * closure. Built from the corrected history, so a correction changes what later events are checked against.
     */
    private static final class Practice {

        private final CaseEpisodes episodes = new CaseEpisodes();
        private final Map<String, Audit> audits = new HashMap<>();
        private final Set<String> completedAuditActions = new HashSet<>();
        private LocalDate closedOn;

        static Practice of(List<ChildCaseEvent> effective) {
            Practice practice = new Practice();
            effective.forEach(practice::apply);
            return practice;
        }

        void check(ChildCaseEvent event) {
            refuseAfterClosure(event);
            requireEpisodeCovering(event);
            requireEpisodeCanStart(event);
            requireEpisodeCanEnd(event);
            requireMoveAfterCurrentPlacementStarted(event);
            requireClosureAfterOpenEpisodesStarted(event);
            refuseSeenAloneWithoutBeingSeen(event);
            refuseAuditActionDueBeforeAudit(event);
            requireAuditActionAgreed(event);
        }

        void apply(ChildCaseEvent event) {
            LocalDate date = event.occurredAt();
            episodes.apply(event);
            if (event instanceof CaseClosed) {
                closedOn = date;
            }
            if (event instanceof CaseFileAuditCompleted audit) {
                audits.put(audit.eventId(), new Audit(date, audit.actions().size()));
            }
            if (event instanceof AuditActionCompleted done) {
                completedAuditActions.add(done.actionKey());
            }
            if (reopens(event)) {
                closedOn = null;
            }
        }

        private void refuseAfterClosure(ChildCaseEvent event) {
            if (closedOn != null && event.occurredAt().isAfter(closedOn) && !reopens(event) && !isOversightOfTheRecord(event)) {
                throw new PracticeRuleViolation("case-closed", "occurredAt",
                        "The case was closed on " + closedOn + "; only a new referral reopens it");
            }
        }

        /** Acknowledging a breach found after closure is oversight of the record, not practice on the case. */
        private boolean isOversightOfTheRecord(ChildCaseEvent event) {
            return event instanceof BreachAcknowledged;
        }

        private boolean reopens(ChildCaseEvent event) {
            return event instanceof ReferralReceived && closedOn != null && event.occurredAt().isAfter(closedOn);
        }

        private void requireEpisodeCovering(ChildCaseEvent event) {
            EpisodeEffects.happensDuring(event).ifPresent(episode -> {
                if (!periods(episode).covers(event.occurredAt())) {
                    throw new PracticeRuleViolation("no-" + episode.code(), fieldNaming(event),
                            simpleName(event) + " on " + event.occurredAt() + " needs " + episode.description()
                                    + " covering that date");
                }
            });
        }

        private void requireEpisodeCanStart(ChildCaseEvent event) {
            EpisodeEffects.starts(event).ifPresent(episode -> {
                if (!periods(episode).canStartOn(event.occurredAt())) {
                    throw new PracticeRuleViolation(episode.code() + "-already-open", "type",
                            simpleName(event) + " on " + event.occurredAt() + " overlaps "
                                    + episode.description() + " already recorded");
                }
            });
        }

        /**
         * An end recorded after the case was closed (the plan's end entered after the closure) says
         * when the episode the closure ended really ended, if it falls within it.
         */
        private void requireEpisodeCanEnd(ChildCaseEvent event) {
            EpisodeEffects.ends(event).ifPresent(episode -> {
                if (!periods(episode).canEndOn(event.occurredAt())
                        && !episodes.canEndBeforeTheCaseClosed(episode, event.occurredAt())) {
                    throw new PracticeRuleViolation("no-" + episode.code(), "type",
                            simpleName(event) + " on " + event.occurredAt() + " needs "
                                    + episode.description() + " open on or before that date");
                }
            });
        }

        private void requireMoveAfterCurrentPlacementStarted(ChildCaseEvent event) {
            Periods placements = periods(CaseEpisode.PLACEMENT);
            if (event instanceof PlacementChanged && placements.isOpen() && !placements.canEndOn(event.occurredAt())) {
                throw new PracticeRuleViolation("date-before-episode-start", "occurredAt",
                        "PlacementChanged on " + event.occurredAt()
                        + " is before the current placement started on " + placements.current().orElseThrow().start());
            }
        }

        private void requireClosureAfterOpenEpisodesStarted(ChildCaseEvent event) {
            if (!(event instanceof CaseClosed)) {
                return;
            }
            for (CaseEpisode episode : CaseEpisode.values()) {
                Periods periods = periods(episode);
                if (periods.isOpen() && !periods.canEndOn(event.occurredAt())) {
                    throw new PracticeRuleViolation("date-before-episode-start", "occurredAt",
                        "CaseClosed on " + event.occurredAt()
                            + " is before " + episode.description() + " started on " + periods.current().orElseThrow().start());
                }
            }
        }

        private void refuseSeenAloneWithoutBeingSeen(ChildCaseEvent event) {
            if (event instanceof VisitMade visit
                    && Boolean.TRUE.equals(visit.seenAlone()) && Boolean.FALSE.equals(visit.childSeen())) {
                throw new PracticeRuleViolation("seen-alone-but-not-seen", "seenAlone",
                        "A child cannot be seen alone on a visit where they were not seen");
            }
        }

        private void refuseAuditActionDueBeforeAudit(ChildCaseEvent event) {
            if (event instanceof CaseFileAuditCompleted audit) {
                for (int i = 0; i < audit.actions().size(); i++) {
                    if (audit.actions().get(i).dueOn().isBefore(audit.occurredAt())) {
                        throw new PracticeRuleViolation("audit-action-due-before-audit", "actions[" + i + "].dueOn",
                                "An action agreed at the audit on " + audit.occurredAt() + " cannot be due before it");
                    }
                }
            }
        }

        /** An audit action can only be completed once, on or after the audit that agreed it. */
        private void requireAuditActionAgreed(ChildCaseEvent event) {
            if (!(event instanceof AuditActionCompleted done)) {
                return;
            }
            Audit audit = audits.get(done.auditEventId());
            if (audit == null) {
                throw new PracticeRuleViolation("no-audit", "auditEventId",
                        "No case-file audit with event id '" + done.auditEventId() + "' is recorded for this child");
            }
            if (done.actionIndex() >= audit.actionCount()) {
                throw new PracticeRuleViolation("no-audit-action", "actionIndex",
                        "The audit '" + done.auditEventId() + "' agreed " + audit.actionCount() + " action(s), numbered from 0");
            }
            if (done.occurredAt().isBefore(audit.on())) {
                throw new PracticeRuleViolation("date-before-audit", "occurredAt",
                        "AuditActionCompleted on " + done.occurredAt() + " is before the audit on " + audit.on());
            }
            if (completedAuditActions.contains(done.actionKey())) {
                throw new PracticeRuleViolation("audit-action-already-completed", "actionIndex",
                        "Action " + done.actionIndex() + " of audit '" + done.auditEventId() + "' is already recorded as completed");
            }
        }

        private static String fieldNaming(ChildCaseEvent event) {
            return event instanceof VisitMade ? "visitType" : "type";
        }

        private static String simpleName(ChildCaseEvent event) {
            return event.getClass().getSimpleName();
        }

        /** Read-only view for the command side, which must not change state. */
        private Periods periods(CaseEpisode episode) {
            return episodes.periods(episode);
        }
    }

    private record Audit(LocalDate on, int actionCount) {
    }

    @EventSourcingHandler
    void on(ChildCaseEvent event, @MetaDataValue(ChainHash.HASH) String chainHash) {
        lastHash = chainHash == null ? ChainHash.next(lastHash, event) : chainHash;
        streamId = streamIdOf(event.childId());
        ledger.remember(event);
        recorded.add(event);
        if (CorrectedHistory.isAmendment(event)) {
            practice = null;
        } else if (practice != null) {
            practice.apply(event);
        }
    }

    private Practice practice() {
        if (practice == null) {
            practice = Practice.of(CorrectedHistory.effective(recorded));
        }
        return practice;
    }
}
