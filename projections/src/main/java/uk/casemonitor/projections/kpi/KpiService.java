package uk.casemonitor.projections.kpi;

import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.core.rules.RuleCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every KPI for a scope and as-of date, as defined by {@link uk.casemonitor.core.rules.KpiStyle}
 * (and the README), read from the per-day roll-up the compliance projection keeps: one sum over one
 * range of its primary key per KPI, whatever the date. The roll-up equals the same KPIs counted
 * from the detail tables ({@code DetailKpis}, in the tests), which the tests hold it to.
 */
public class KpiService {

    /** Team and worker filters that match everything when the parameter is null. */
    private static final String SCOPE = " AND (CAST(? AS VARCHAR(64)) IS NULL OR %1$s.team_id = ?)"
                                      + " AND (CAST(? AS VARCHAR(64)) IS NULL OR %1$s.worker_id = ?)";

    private final RuleCatalogue catalogue;
    private final KpiRollup rollup;

    public KpiService(KpiRollup rollup, RuleCatalogue catalogue) {
        this.catalogue = catalogue;
        this.rollup = rollup;
    }

    public List<KpiDefinition> definitions() {
        return catalogue.kpis();
    }

    public List<KpiValue> all(KpiScope scope, LocalDate asOf) {
        List<KpiValue> values = new ArrayList<>();
        for (KpiDefinition kpi : catalogue.kpis()) {
            values.add(value(kpi, scope, asOf));
        }
        return values;
    }

    public Optional<KpiValue> one(String kpiId, KpiScope scope, LocalDate asOf) {
        return catalogue.kpis().stream().filter(kpi -> kpi.id().equals(kpiId)).findFirst()
                        .map(kpi -> value(kpi, scope, asOf));
    }

    KpiValue value(KpiDefinition kpi, KpiScope scope, LocalDate asOf) {
        long[] counts = rollup.sum(kpi.id(), scope, window(kpi, asOf));
        return KpiValue.of(kpi, scope, asOf, counts[1], counts[0]);
    }

    /** Which days of the roll-up the KPI sums as of the date: the one definition {@link KpiTrends} shares. */
    static KpiRollup.Window window(KpiDefinition kpi, LocalDate asOf) {
        return switch (kpi.style()) {
            // Whoever is counted on the day: every change up to and including it.
            case IN_DATE, LATEST, THREE_OR_MORE_IN_YEAR -> KpiRollup.Window.upTo(asOf);
            // Fell due in the year before the day: D minus 1 year <= due < D.
            case TIMELINESS -> KpiRollup.Window.fromUntil(asOf.minusYears(1), asOf);
            // Observed in the year to the day: D minus 1 year < observed <= D.
            case RATE -> KpiRollup.Window.afterUpTo(asOf.minusYears(1), asOf);
        };
    }

    /**
     * The team and worker filter on the table aliased {@code alias}, as the KPIs count rows (the
     * roll-up's scopes are kept to match it); its parameters are the team id twice, then the worker id
     * twice. Public so that the drill-down lists exactly whom a KPI counts.
     */
    public static String scope(String alias) {
        return SCOPE.formatted(alias);
    }
}
