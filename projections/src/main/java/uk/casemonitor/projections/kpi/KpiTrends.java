package uk.casemonitor.projections.kpi;

import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.core.rules.RuleCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KPIs over time for a performance surgery ("how have we moved since last quarter?"): each point is
 * exactly what {@link KpiService} gives as of that date (the same window of the roll-up, the same
 * ratio and target test), read with one range of the roll-up per KPI rather than one per date.
 */
public class KpiTrends {

    private final KpiRollup rollup;
    private final RuleCatalogue catalogue;

    public KpiTrends(KpiRollup rollup, RuleCatalogue catalogue) {
        this.rollup = rollup;
        this.catalogue = catalogue;
    }

    public Optional<KpiTrend> of(String kpiId, KpiScope scope, LocalDate from, LocalDate to, TrendStep step) {
        return catalogue.kpis().stream().filter(kpi -> kpi.id().equals(kpiId)).findFirst()
                        .map(kpi -> trend(kpi, scope, from, to, step));
    }

    public List<KpiTrend> all(KpiScope scope, LocalDate from, LocalDate to, TrendStep step) {
        List<KpiTrend> trends = new ArrayList<>();
        for (KpiDefinition kpi : catalogue.kpis()) {
            trends.add(trend(kpi, scope, from, to, step));
        }
        return trends;
    }

    private KpiTrend trend(KpiDefinition kpi, KpiScope scope, LocalDate from, LocalDate to, TrendStep step) {
        List<LocalDate> dates = step.asOfDates(from, to);
        List<TrendPoint> points = new ArrayList<>(dates.size());
        if (!dates.isEmpty()) {
            // Every window ends no later than the last date's, so one read up to that day serves them all.
            RunningTotals totals = rollup.runningTotals(kpi.id(), scope, KpiService.window(kpi, to).last());
            for (LocalDate asOf : dates) {
                long[] counts = KpiService.window(kpi, asOf).sumOf(totals);
                points.add(TrendPoint.of(KpiValue.of(kpi, scope, asOf, counts[1], counts[0])));
            }
        }
        return new KpiTrend(kpi.id(), kpi.label(), kpi.style(), kpi.subjectKind().name(), kpi.target(), kpi.higherIsBetter(),
                            scope.teamId(), scope.workerId(), step, from, to, points);
    }
}
