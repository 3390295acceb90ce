package uk.casemonitor.projections.compliance;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casemonitor.core.childcase.BreachAcknowledged;
import uk.casemonitor.core.childcase.ChildCase;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.fostercarer.FosterCarer;
import uk.casemonitor.core.fostercarer.FosterCarerBreachAcknowledged;
import uk.casemonitor.core.fostercarer.FosterCarerEvent;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.ComplianceEngine;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.breach.Breach;
import uk.casemonitor.projections.breach.BreachChange;
import uk.casemonitor.projections.breach.BreachKeeper;
import uk.casemonitor.projections.kpi.DeferredRollup;
import uk.casemonitor.projections.kpi.KpiDayChanges;
import uk.casemonitor.projections.kpi.KpiRollup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps each child's and carer's obligations, measures and breaches up to date. Events can arrive
 * late and out of order, so rather than patch state event by event it re-evaluates every subject a
 * batch of events touched, once per batch, from that subject's whole stream.
 */
@ProcessingGroup(ComplianceProjection.PROCESSING_GROUP)
public class ComplianceProjection {

    public static final String PROCESSING_GROUP = "compliance";
    private static final String TOUCHED = ComplianceProjection.class.getName() + ".touched";

    private final ComplianceEngine engine;
    private final SubjectEvents subjectEvents;
    private final ComplianceRepository repository;
    private final BreachKeeper breaches;
    private final Clock clock;
    private final PendingSubjects pending;
    private final List<SubjectDerivation> derivations;
    private final KpiRollup kpiRollup;

    public ComplianceProjection(ComplianceEngine engine, SubjectEvents subjectEvents, ComplianceRepository repository,
                                BreachKeeper breaches, Clock clock, PendingSubjects pending,
                                List<SubjectDerivation> derivations, KpiRollup kpiRollup) {
        this.engine = engine;
        this.subjectEvents = subjectEvents;
        this.repository = repository;
        this.breaches = breaches;
        this.clock = clock;
        this.pending = pending;
        this.derivations = List.copyOf(derivations);
        this.kpiRollup = kpiRollup;
    }

    /*
     * Which stream an event is in is all these handlers need, so they take its aggregate id rather
     * than its payload: Axon then never deserializes the payload (a 244,000-event replay went from
     * 5.0 to 4.5 s).
     */

    @EventHandler(payloadType = ChildCaseEvent.class)
    void onChildCase(@SourceId String streamId, ReplayStatus replay) {
        touched(replay).add(Map.entry(SubjectKind.CHILD, ChildCase.childIdOf(streamId)));
    }

    @EventHandler(payloadType = FosterCarerEvent.class)
    void onFosterCarer(@SourceId String streamId, ReplayStatus replay) {
        touched(replay).add(Map.entry(SubjectKind.FOSTER_CARER, FosterCarer.carerIdOf(streamId)));
    }

    /**
     * The subjects this batch of events touched, recomputed once when the batch commits. During a
     * replay they are only marked as pending: recomputing a subject before the replay has passed all
     * its events would raise and withdraw breaches from a half-told history, and read its stream
     * again for every batch. {@link #recomputePending} finishes the job once the replay is done.
     * <p>
     * So there is no reset handler emptying the read model as the replay starts: the replay leaves it
     * in place (the KPIs keep their last figures meanwhile), and {@link #clearForFullRecompute} then
     * empties the read model in one go, where deleting it row by row in the reset took
     * about 20 s of a 250,000-event rebuild on H2.
     */
    private Set<Map.Entry<SubjectKind, String>> touched(ReplayStatus replay) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(TOUCHED, key -> {
            Set<Map.Entry<SubjectKind, String>> subjects = new LinkedHashSet<>();
            if (replay.isReplay()) {
                batch.onPrepareCommit(unit -> pending.mark(subjects));
            } else {
                List<BreachChange> changes = new ArrayList<>();
                batch.onPrepareCommit(unit -> changes.addAll(recompute(subjects)));
                batch.afterCommit(unit -> breaches.publish(changes));
            }
            return subjects;
        });
    }

    /**
     * Recomputes some of the subjects a replay marked as pending, in one transaction, and unmarks
     * them. Their changes to the KPI roll-up are not written but added to {@code rollupChanges}, for
     * {@link #finishFullRecompute} to write once: thousands of subjects share the same roll-up rows.
     */
    public void recomputePending(TransactionTemplate transactions, List<Map.Entry<SubjectKind, String>> subjects,
                                 DeferredRollup rollupChanges) {
        KpiDayChanges committed = new KpiDayChanges();
        List<BreachChange> changes = transactions.execute(status -> {
            List<BreachChange> changed = recompute(new LinkedHashSet<>(subjects), committed::add);
            pending.done(subjects);
            return changed;
        });
        rollupChanges.add(committed);
        breaches.publish(changes);
    }

    /**
     * Ahead of recomputing everything after a replay: every subject is marked pending (the replay
     * marked those it passed; this adds any the live path has opened since), then the read model is
     * emptied in one go rather than subject by subject, then marked again for any opened in between.
     * A crash part-way leaves the pending marks, so the recompute finishes after a restart.
     */
    public void clearForFullRecompute() {
        pending.markAll();
        repository.clearAll();
        kpiRollup.clear();
        derivations.forEach(SubjectDerivation::clearAll);
        pending.markAll();
    }

    /**
     * Before recomputing pending subjects with their roll-up changes deferred. The roll-up is marked
     * outdated meanwhile, so that after a crash the start-up makes it again from the detail tables.
     * Changes the live path writes meanwhile are relative to the rows it replaced, as the deferred
     * ones are, so the sum comes out right whichever is written first.
     */
    public DeferredRollup startFullRecompute(TransactionTemplate transactions) {
        kpiRollup.markOutdated();
        // Only committed transactions' changes are added (recomputePending), and each early or final
        // write is a transaction of its own.
        return new DeferredRollup(changes -> transactions.executeWithoutResult(status -> kpiRollup.add(changes)),
                                  500_000);
    }

    public void finishFullRecompute(TransactionTemplate transactions, DeferredRollup rollupChanges) {
        rollupChanges.flush();
        transactions.executeWithoutResult(status -> kpiRollup.markCurrent());
    }

    public PendingSubjects pending() {
        return pending;
    }

    private static Map<String, Breach.Acknowledgement> acknowledgementsIn(List<PracticeEvent> events) {
        Map<String, Breach.Acknowledgement> latest = new java.util.HashMap<>();
        for (PracticeEvent event : events) {
            if (event instanceof BreachAcknowledged ack) {
                latest.put(ack.obligationKey(), new Breach.Acknowledgement(ack.recordedAt(), ack.recordedBy(), ack.note(), ack.plannedAction()));
            } else if (event instanceof FosterCarerBreachAcknowledged ack) {
                latest.put(ack.obligationKey(), new Breach.Acknowledgement(ack.recordedAt(), ack.recordedBy(), ack.note(), ack.plannedAction()));
            }
        }
        return latest;
    }

    private List<BreachChange> recompute(Set<Map.Entry<SubjectKind, String>> subjects) {
        return recompute(subjects, kpiRollup::add);
    }

    private List<BreachChange> recompute(Set<Map.Entry<SubjectKind, String>> subjects,
                                         Consumer<KpiDayChanges> rollupChanges) {
        Instant now = clock.instant();
        List<BreachChange> changes = new ArrayList<>();
        KpiDayChanges kpiChanges = new KpiDayChanges();
        for (Map.Entry<SubjectKind, String> subject : subjects) {
            List<PracticeEvent> recorded = subjectEvents.eventsOf(subject.getKey(), subject.getValue());
            // Obligations, breaches and KPIs follow the corrected picture; the derivations get the
            // record as stored, since how and when it was corrected is data quality in itself.
            List<PracticeEvent> events = CorrectedHistory.effective(recorded);
            CaseEvaluation evaluation = engine.evaluate(subject.getKey(), subject.getValue(), events);
            ComplianceRepository.Replaced rows = repository.replace(evaluation, recorded.size());
            kpiChanges.add(kpiRollup.changeOf(rows.before(), rows.after()));
            derivations.forEach(derivation -> derivation.replace(evaluation, recorded));
            changes.addAll(breaches.reconcile(subject.getKey(), subject.getValue(), evaluation.obligations(),
                                              CaseTime.dateOf(now), now));
            changes.addAll(breaches.acknowledge(subject.getKey(), subject.getValue(), acknowledgementsIn(events)));
        }
        // Last, so that the roll-up rows every transaction shares are locked only for the commit.
        rollupChanges.accept(kpiChanges);
        return changes;
    }
}
