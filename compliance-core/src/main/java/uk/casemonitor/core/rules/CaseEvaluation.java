package uk.casemonitor.core.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the rules make of one subject's history: the obligations (met, missed, open), the
 * observations behind rate KPIs, the episodes (for KPI populations) and the current allocation.
 */
public record CaseEvaluation(SubjectKind kind, String subjectId, List<Obligation> obligations, List<Measure> measures,
                             List<EpisodePeriod> episodes, String teamId, String workerId) {

    /** One stretch of an episode (plan, care episode, care-leaver support, approval) for a subject. */
    public record EpisodePeriod(String episode, LocalDate start, LocalDate end) {
    }

    public List<Obligation> obligationsOf(String ruleId) {
        return obligations.stream().filter(obligation -> obligation.ruleId().equals(ruleId)).toList();
    }
}
