package uk.casemonitor.projections.drilldown;

import uk.casemonitor.core.rules.KpiStyle;

import java.time.LocalDate;
import java.util.List;

/**
 * A KPI's value with the children behind it. {@code numerator} and {@code denominator} are the
 * KPI's own (as {@code /api/kpis} reports them); {@code rows} has one row per unit of the
 * denominator and {@code failing} rows number {@code denominator - numerator} when higher is
 * better, {@code numerator} when lower is better.
 */
public record KpiDrillDown(String kpi, String label, KpiStyle style, String subjectKind, boolean higherIsBetter,
                           double target, LocalDate asOf, String team, String worker, long numerator, long denominator,
                           long failing, List<DrillDownRow> rows) {
}
