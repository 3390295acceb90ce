package uk.casemonitor.app.compliance;

import org.springframework.stereotype.Service;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.ComplianceEngine;
import uk.casemonitor.core.rules.MonitoringHorizon;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationState;
import uk.casemonitor.core.rules.Rule;
import uk.casemonitor.core.rules.SubjectKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A child's or carer's compliance reconstructed from their event stream alone: as it stood on any
 * date ({@code asOf}), using only what had been recorded by a given moment ({@code knownAt}). The
 * gap between "what happened" and "what managers could see" is the late-recording finding.
 */
@Service
public class CaseCompliance {

    private final EventIngestion ingestion;
    private final ComplianceEngine engine;

    public CaseCompliance(EventIngestion ingestion, ComplianceEngine engine) {
        this.ingestion = ingestion;
        this.engine = engine;
    }

    public View of(EventStream<?> stream, String subjectId, LocalDate asOf, Instant knownAt) {
        List<PracticeEvent> events = ingestion.read(stream, subjectId).stream()
                .map(stored -> (PracticeEvent) stored.event()).toList();
        return of(stream.kind(), subjectId, events, asOf, knownAt);
    }

    /** Compliance on {@code asOf} from the given stream, counting only what was recorded by {@code knownAt}. */
    public View of(SubjectKind kind, String subjectId, List<PracticeEvent> stream, LocalDate asOf, Instant knownAt) {
        List<PracticeEvent> recordedByThen = stream.stream()
                .filter(event -> !event.recordedAt().isAfter(knownAt))
                .toList();
        // A correction recorded after knownAt is not known then: the original picture stands.
        List<PracticeEvent> known = CorrectedHistory.effective(recordedByThen).stream()
                .filter(event -> !event.occurredAt().isAfter(asOf))
                .toList();
        CaseEvaluation evaluation = engine.evaluate(kind, subjectId, known);
        MonitoringHorizon horizon = engine.horizon();
        List<ObligationView> obligations = evaluation.obligations().stream()
                .map(obligation -> ObligationView.of(obligation, asOf, engine.catalogue().rule(obligation.ruleId()).orElseThrow(),
                                                     horizon.judgedFromHorizon(obligation)))
                .filter(view -> view.state() != ObligationState.NOT_YET_OPEN)
                .toList();
        Map<ObligationState, Integer> summary = new EnumMap<>(ObligationState.class);
        obligations.forEach(view -> summary.merge(view.state(), 1, Integer::sum));
        return new View(subjectId, asOf, knownAt, known.size(), evaluation.teamId(), evaluation.workerId(), summary,
                        obligations, obligations.stream().filter(view -> view.state().isBreach()).toList());
    }

    /** @param eventsConsidered events that had occurred by {@code asOf} and been recorded by {@code knownAt} */
    public record View(String id, LocalDate asOf, Instant knownAt, int eventsConsidered, String teamId, String workerId,
                       Map<ObligationState, Integer> summary, List<ObligationView> obligations,
                       List<ObligationView> breaches) {
    }

    /**
     * An obligation as it stood on the as-of date.
     *
     * @param dueFromMonitoringStart owed from before monitoring began, so judged as due on its first day
     */
    public record ObligationView(String key, String rule, String obligation, LocalDate openedOn, LocalDate dueOn,
                                 ObligationState state, long daysLate, LocalDate closedOn, String openedBy,
                                 String closedBy, String teamId, String workerId, boolean dueFromMonitoringStart) {

        static ObligationView of(Obligation obligation, LocalDate asOf, Rule rule, boolean dueFromMonitoringStart) {
            ObligationState state = obligation.stateOn(asOf);
            boolean closedByThen = obligation.closedOn() != null && !obligation.closedOn().isAfter(asOf);
            return new ObligationView(obligation.key(), obligation.ruleId(), rule.obligation(), obligation.openedOn(),
                    obligation.dueOn(), state, state.isBreach() ? obligation.daysLate(asOf) : 0,
                    closedByThen ? obligation.closedOn() : null, obligation.openedBy(),
                    closedByThen ? obligation.closedBy() : null, obligation.teamId(), obligation.workerId(),
                    dueFromMonitoringStart);
        }
    }
}
