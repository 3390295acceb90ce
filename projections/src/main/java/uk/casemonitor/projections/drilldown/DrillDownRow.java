package uk.casemonitor.projections.drilldown;

import java.time.LocalDate;

/**
 * One child (or carer) behind a KPI: counted in its denominator, and failing it or not.
 * For KPIs counting obligations or observations (timeliness, rates) a subject has one row for each.
 *
 * @param counted     always true: every row is in the denominator
 * @param failing     counts against the KPI: not in the numerator when higher is better, in it when lower is
 * @param reason      why it passes or fails, in words
 * @param dueOn       the deadline behind the row, for deadline KPIs
 * @param daysLate    days past the deadline as of the date asked (or when it was met); null when not late
 * @param lastEventOn the latest event behind the row: the one the deadline counts from (the last visit),
 *                    the one that met it, or the observation
 * @param detail      what was observed (the reason not seen alone, the workers, the grade)
 * @param ref         the obligation key or event id, to find the row's record
 */
public record DrillDownRow(String subjectKind, String subjectId, String teamId, String workerId, boolean counted,
                           boolean failing, String reason, LocalDate dueOn, Long daysLate, LocalDate lastEventOn,
                           String detail, String ref) {
}
