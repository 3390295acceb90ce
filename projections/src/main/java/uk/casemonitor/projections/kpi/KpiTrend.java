package uk.casemonitor.projections.kpi;

import uk.casemonitor.core.rules.KpiStyle;

import java.time.LocalDate;
import java.util.List;

/** One KPI for a scope at the end of each step from {@code from} to {@code to}, against its target. */
public record KpiTrend(String id, String label, KpiStyle style, String subjectKind, double target, boolean higherIsBetter,
                       String teamId, String workerId, TrendStep step, LocalDate from, LocalDate to,
                       List<TrendPoint> points) {

    public KpiTrend {
        points = List.copyOf(points);
    }
}
