package uk.casemonitor.projections.kpi;

import java.time.LocalDate;

/**
 * A KPI as of one date of a trend: the figures {@code /api/kpis} gives for that date.
 *
 * @param ratio       numerator / denominator, or null when there is nobody to measure
 * @param meetsTarget null when there is no ratio
 */
public record TrendPoint(LocalDate asOf, long numerator, long denominator, Double ratio, Boolean meetsTarget) {

    static TrendPoint of(KpiValue value) {
        return new TrendPoint(value.asOf(), value.numerator(), value.denominator(), value.ratio(), value.meetsTarget());
    }
}
