package uk.casemonitor.core.fostercarer;

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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A foster carer's own stream. Practice events (reviews, training, visits, checks) only make sense
 * while the carer is approved; team and supervising-worker changes are administrative and may be
 * recorded at any time.
 */
public class FosterCarer {

    private static final String STREAM_PREFIX = "foster-carer:";

    @AggregateIdentifier
    private String streamId;
    private final EventLedger ledger = new EventLedger();
    private String lastHash = ChainHash.GENESIS;
    /** The stream as recorded, corrections and all, from which the corrected picture is worked out. */
    private final List<FosterCarerEvent> recorded = new ArrayList<>();
    private Periods approvals = new Periods();

    public FosterCarer() {
        // Required by Axon to rebuild the carer from their events.
    }

    public static String streamIdOf(String carerId) {
        return STREAM_PREFIX + carerId;
    }

    /** The inverse of {@link #streamIdOf}. */
    public static String carerIdOf(String streamId) {
        if (!streamId.startsWith(STREAM_PREFIX)) {
            throw new IllegalArgumentException("Not a foster carer stream: " + streamId);
        }
        return streamId.substring(STREAM_PREFIX.length());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordingOutcome handle(RecordFosterCarerEvents command) {
        int stored = 0;
        int repeats = 0;
        Set<String> amendmentIds = new HashSet<>();
        for (FosterCarerEvent given : command.events()) {
            FosterCarerEvent event = CorrectedHistory.isAmendment(given)
                    ? Amendments.checked(given, CorrectedHistory.of(recorded), ledger) : given;
            if (ledger.alreadyRecorded(event)) {
                repeats++;
                continue;
            }
            PracticeRuleViolation.refuseFutureDate(event);
            if (CorrectedHistory.isAmendment(event)) {
                amendmentIds.add(event.eventId());
            } else {
                check(approvals, event);
            }
            String hash = ChainHash.next(lastHash, event);
            apply(event, MetaData.with(ChainHash.HASH, hash).and(ChainHash.PREVIOUS, lastHash));
            stored++;
        }
        if (!amendmentIds.isEmpty()) {
            // Checked once the whole batch is in, so that an approval and what depends on it can be retracted together.
            Amendments.refuseContradiction(recorded, amendmentIds, FosterCarer::checkFromStart);
        }
        return new RecordingOutcome(stored, repeats);
    }

    /** Replays practice events through the same checks as new events, from an empty record. */
    private static void checkFromStart(List<FosterCarerEvent> effective) {
        Periods replay = new Periods();
        for (FosterCarerEvent event : effective) {
            check(replay, event);
            applyTo(replay, event);
        }
    }

    private static void check(Periods approvals, FosterCarerEvent event) {
        refuseApprovalOverlap(approvals, event);
        requireApprovalToEnd(approvals, event);
        requireApprovalCovering(approvals, event);
    }

    private static void refuseApprovalOverlap(Periods approvals, FosterCarerEvent event) {
        if (event instanceof FosterCarerApproved && !approvals.canStartOn(event.occurredAt())) {
            throw new PracticeRuleViolation("carer-already-approved", "type",
                    "The carer is already approved on " + event.occurredAt());
        }
    }

    private static void requireApprovalToEnd(Periods approvals, FosterCarerEvent event) {
        if (event instanceof FosterCarerDeregistered && !approvals.canEndOn(event.occurredAt())) {
            throw new PracticeRuleViolation("carer-not-approved", "type",
                    "Only an approved carer can be deregistered; no approval is open on " + event.occurredAt());
        }
    }

    private static void requireApprovalCovering(Periods approvals, FosterCarerEvent event) {
        if (needsApproval(event) && !approvals.covers(event.occurredAt())) {
            throw new PracticeRuleViolation("carer-not-approved", "occurredAt",
                    event.getClass().getSimpleName() + " on " + event.occurredAt()
                            + " needs the carer to be approved on that date");
        }
    }

    private static boolean needsApproval(FosterCarerEvent event) {
        return !(event instanceof FosterCarerApproved
                || event instanceof FosterCarerDeregistered
                || event instanceof FosterCarerTeamAssigned
                || event instanceof FosterCarerBreachAcknowledged
                || event instanceof SupervisingSocialWorkerAllocated);
    }

    @EventSourcingHandler
    void on(FosterCarerEvent event, @MetaDataValue(ChainHash.HASH) String chainHash) {
        lastHash = chainHash == null ? ChainHash.next(lastHash, event) : chainHash;
        streamId = streamIdOf(event.carerId());
        ledger.remember(event);
        recorded.add(event);
        if (CorrectedHistory.isAmendment(event)) {
            approvals = new Periods();
            CorrectedHistory.effective(recorded).forEach(practice -> applyTo(approvals, practice));
        } else {
            applyTo(approvals, event);
        }
    }

    private static void applyTo(Periods approvals, FosterCarerEvent event) {
        if (event instanceof FosterCarerApproved) {
            approvals.start(event.occurredAt());
        }
        if (event instanceof FosterCarerDeregistered) {
            approvals.end(event.occurredAt());
        }
    }
}
