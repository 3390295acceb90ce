package uk.casemonitor.projections.kpi;

import java.time.LocalDate;
import java.util.Comparator;

/** The key of one row of the KPI roll-up ({@code cm_kpi_day}): a KPI, a scope and a day. */
record KpiDay(String kpiId, ScopeKey scope, LocalDate datedOn) implements Comparable<KpiDay> {

    /**
     * The one order every transaction writes rows in, so that two of them may wait for each other but
     * never in a circle. The rows every transaction shares (the authority's, then the teams') come
     * last: a transaction waiting for another's commit has by then written the rest of its rows.
     */
    private static final Comparator<KpiDay> KEY_ORDER = Comparator.comparingInt((KpiDay day) -> day.scope().sharing())
            .thenComparing(KpiDay::kpiId)
            .thenComparing(day -> day.scope().team())
            .thenComparing(day -> day.scope().worker())
            .thenComparing(KpiDay::datedOn);

    @Override
    public int compareTo(KpiDay other) {
        return KEY_ORDER.compare(this, other);
    }
}
