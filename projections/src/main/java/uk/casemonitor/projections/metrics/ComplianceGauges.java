package uk.casemonitor.projections.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.projections.kpi.KpiValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a {@link ComplianceSnapshot} as gauges, every one tagged with the authority:
 * <ul>
 *   <li>{@code compliance_kpi_ratio{kpi,team}}, {@code compliance_kpi_numerator}, {@code compliance_kpi_denominator}:
 *       team {@code all} is the whole authority; the ratio is absent when there is nobody to measure</li>
 *   <li>{@code compliance_kpi_target{kpi,higher_is_better}}: the ratio aimed for (at least, or at most)</li>
 *   <li>{@code compliance_breaches_open{team,rule,overdue_band}}, {@code compliance_breaches_oldest_overdue_days{team}}</li>
 *   <li>{@code compliance_due_soon{team}}</li>
 *   <li>{@code compliance_metrics_teams_omitted}: teams beyond the cap, not exported on their own</li>
 * </ul>
 */
public class ComplianceGauges {

    // The KPI gauges' names and descriptions, which the history export (KpiHistoryExport) writes too.
    static final String RATIO = "compliance.kpi.ratio";
    static final String RATIO_HELP = "KPI numerator over denominator; absent when the denominator is 0";
    static final String NUMERATOR = "compliance.kpi.numerator";
    static final String NUMERATOR_HELP = "KPI numerator";
    static final String DENOMINATOR = "compliance.kpi.denominator";
    static final String DENOMINATOR_HELP = "KPI denominator";
    static final String TARGET = "compliance.kpi.target";
    static final String TARGET_HELP = "KPI target: at least this ratio, or at most when higher_is_better is false";

    private final SnapshotGauge target;
    private final SnapshotGauge ratio;
    private final SnapshotGauge numerator;
    private final SnapshotGauge denominator;
    private final SnapshotGauge breachesOpen;
    private final SnapshotGauge oldestOverdue;
    private final SnapshotGauge dueSoon;
    private final SnapshotGauge teamsOmitted;
    private final SnapshotGauge snapshotTime;

    public ComplianceGauges(MeterRegistry registry, String authority, List<KpiDefinition> definitions) {
        Tags common = Tags.of("authority", authority);
        ratio = new SnapshotGauge(registry, RATIO, null, RATIO_HELP, common);
        numerator = new SnapshotGauge(registry, NUMERATOR, null, NUMERATOR_HELP, common);
        denominator = new SnapshotGauge(registry, DENOMINATOR, null, DENOMINATOR_HELP, common);
        breachesOpen = new SnapshotGauge(registry, "compliance.breaches.open", null,
                "Open breaches by team, rule and days overdue", common);
        oldestOverdue = new SnapshotGauge(registry, "compliance.breaches.oldest.overdue", "days",
                "Days past due of the team's oldest open breach", common);
        dueSoon = new SnapshotGauge(registry, "compliance.due.soon", null,
                "Open obligations falling due within the due-soon horizon (working days)", common);
        teamsOmitted = new SnapshotGauge(registry, "compliance.metrics.teams.omitted", null,
                "Teams beyond the export cap, counted only in team=all and team=other", common);
        snapshotTime = new SnapshotGauge(registry, "compliance.metrics.snapshot.timestamp", "seconds",
                "When the figures the compliance gauges show were computed", common);

        // Targets are configuration, not data: shown from the start, whether or not a snapshot was taken.
        target = new SnapshotGauge(registry, TARGET, null, TARGET_HELP, common);
        Map<Tags, Double> targets = new HashMap<>();
        definitions.forEach(kpi -> targets.put(Tags.of("kpi", kpi.id(), "higher_is_better", String.valueOf(kpi.higherIsBetter())),
                                               kpi.target()));
        target.show(targets);
    }

    public void show(ComplianceSnapshot snapshot) {
        Map<Tags, Double> ratios = new HashMap<>();
        Map<Tags, Double> numerators = new HashMap<>();
        Map<Tags, Double> denominators = new HashMap<>();
        for (KpiValue value : snapshot.kpis()) {
            Tags tags = Tags.of("kpi", value.id(), "team", value.teamId() == null ? ComplianceSnapshot.ALL : value.teamId());
            numerators.put(tags, (double) value.numerator());
            denominators.put(tags, (double) value.denominator());
            if (value.ratio() != null) {
                ratios.put(tags, value.ratio());
            }
        }
        ratio.show(ratios);
        numerator.show(numerators);
        denominator.show(denominators);

        Map<Tags, Double> open = new HashMap<>();
        snapshot.openBreaches().forEach((key, count) -> open.put(
                Tags.of("team", key.team(), "rule", key.rule(), "overdue_band", key.band().label()), (double) count));
        breachesOpen.show(open);
        oldestOverdue.show(byTeam(snapshot.oldestOverdue()));
        dueSoon.show(byTeam(snapshot.dueSoon()));
        teamsOmitted.show(Map.of(Tags.empty(), (double) snapshot.teamsOmitted()));
        snapshotTime.show(Map.of(Tags.empty(), snapshot.takenAt().toEpochMilli() / 1000.0));
    }

    private static Map<Tags, Double> byTeam(Map<String, Long> counts) {
        Map<Tags, Double> rows = new HashMap<>();
        counts.forEach((team, count) -> rows.put(Tags.of("team", team), (double) count));
        return rows;
    }
}
