package uk.casemonitor.projections.metrics;

import uk.casemonitor.projections.kpi.KpiValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The compliance figures the metrics show, computed together in the background so that a scrape
 * only reads numbers and never runs SQL. Counts are keyed by team <em>label</em>: an exported team's
 * id, {@link #UNASSIGNED} or {@link #OTHER}.
 *
 * @param teams           the teams exported one by one, largest caseload first, at most the cap
 * @param teamsOmitted    teams beyond the cap: in the authority's KPIs and under {@link #OTHER}, not on their own
 * @param kpis            every KPI for the authority (team null), then for each exported team
 * @param openBreaches    open breaches by team, rule and how long overdue
 * @param oldestOverdue   per team, days past due of its oldest open breach
 * @param dueSoon         per team, open obligations falling due from today to the due-soon horizon
 */
public record ComplianceSnapshot(Instant takenAt, LocalDate asOf, List<String> teams, int teamsOmitted,
                                 List<KpiValue> kpis, Map<OpenBreaches, Long> openBreaches,
                                 Map<String, Long> oldestOverdue, Map<String, Long> dueSoon) {

    /** The team label of the whole authority's KPIs. */
    public static final String ALL = "all";
    /** Breaches and due dates of children and carers with no team recorded. */
    public static final String UNASSIGNED = "unassigned";
    /** Breaches and due dates of the teams beyond the cap, together. */
    public static final String OTHER = "other";

    public ComplianceSnapshot {
        teams = List.copyOf(teams);
        kpis = List.copyOf(kpis);
        openBreaches = Map.copyOf(openBreaches);
        oldestOverdue = Map.copyOf(oldestOverdue);
        dueSoon = Map.copyOf(dueSoon);
    }

    public record OpenBreaches(String team, String rule, OverdueBand band) {
    }
}
