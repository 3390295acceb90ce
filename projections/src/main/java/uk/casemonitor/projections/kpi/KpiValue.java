package uk.casemonitor.projections.kpi;

import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.core.rules.KpiStyle;

import java.time.LocalDate;

/**
 * One KPI's value for a scope on a date.
 *
 * @param ratio       numerator / denominator, or null when there is nobody to measure
 * @param meetsTarget null when there is no ratio
 */
public record KpiValue(String id, String label, KpiStyle style, String subjectKind, LocalDate asOf, String teamId,
                       String workerId, long numerator, long denominator, Double ratio, double target,
                       boolean higherIsBetter, Boolean meetsTarget) {

    static KpiValue of(KpiDefinition kpi, KpiScope scope, LocalDate asOf, long numerator, long denominator) {
        Double ratio = denominator == 0 ? null : (double) numerator / denominator;
        return new KpiValue(kpi.id(), kpi.label(), kpi.style(), kpi.subjectKind().name(), asOf, scope.teamId(),
                            scope.workerId(), numerator, denominator, ratio, kpi.target(), kpi.higherIsBetter(),
                            ratio == null ? null : kpi.meetsTarget(ratio));
    }
}
