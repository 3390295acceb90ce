package uk.casemonitor.projections.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.NamingConvention;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiTrend;
import uk.casemonitor.projections.kpi.KpiTrends;
import uk.casemonitor.projections.kpi.TrendPoint;
import uk.casemonitor.projections.kpi.TrendStep;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The KPIs' history as OpenMetrics text with timestamps, for {@code promtool tsdb create-blocks-from
 * openmetrics} to backfill Prometheus, so the dashboards' trend panels start years back rather than
 * on the first scrape. The series are exactly the live gauges' ({@link ComplianceGauges}): the same
 * names, the same labels ({@code authority}, {@code kpi}, {@code team}; {@code all} for the
 * authority; the teams the live export shows on their own, by today's caseload), and the ratio left
 * out where there is nobody to measure. Each point is stamped with the last second of its as-of day
 * in England, when the live gauge would last have shown that day's figures.
 */
public class KpiHistoryExport {

    private final KpiTrends trends;
    private final List<KpiDefinition> definitions;
    private final String authority;
    private final Supplier<List<String>> exportedTeams;

    /**
     * @param exportedTeams the teams the live gauges show on their own, largest caseload first
     */
    public KpiHistoryExport(KpiTrends trends, List<KpiDefinition> definitions, String authority,
                            Supplier<List<String>> exportedTeams) {
        this.trends = trends;
        this.definitions = List.copyOf(definitions);
        this.authority = authority;
        this.exportedTeams = exportedTeams;
    }

    /** @return how many samples were written */
    public long write(LocalDate from, LocalDate to, TrendStep step, Writer out) throws IOException {
        // team label -> that scope's trends; the authority first, as the live gauges list it
        Map<String, List<KpiTrend>> byTeam = new LinkedHashMap<>();
        byTeam.put(ComplianceSnapshot.ALL, trends.all(KpiScope.AUTHORITY, from, to, step));
        for (String team : exportedTeams.get()) {
            byTeam.put(team, trends.all(KpiScope.team(team), from, to, step));
        }
        List<LocalDate> dates = step.asOfDates(from, to);
        long samples = 0;
        samples += family(out, ComplianceGauges.RATIO, ComplianceGauges.RATIO_HELP, byTeam, TrendPoint::ratio);
        samples += family(out, ComplianceGauges.NUMERATOR, ComplianceGauges.NUMERATOR_HELP, byTeam,
                          point -> (double) point.numerator());
        samples += family(out, ComplianceGauges.DENOMINATOR, ComplianceGauges.DENOMINATOR_HELP, byTeam,
                          point -> (double) point.denominator());
        samples += targets(out, dates);
        out.write("# EOF\n");
        out.flush();
        return samples;
    }

    /** One metric family: every series' samples together, each series in time order, as OpenMetrics requires. */
    private long family(Writer out, String meter, String help, Map<String, List<KpiTrend>> byTeam,
                        Function<TrendPoint, Double> value) throws IOException {
        String name = header(out, meter, help);
        long samples = 0;
        for (Map.Entry<String, List<KpiTrend>> team : byTeam.entrySet()) {
            for (KpiTrend trend : team.getValue()) {
                String series = name + labels(Map.of("kpi", trend.id(), "team", team.getKey()));
                for (TrendPoint point : trend.points()) {
                    Double sample = value.apply(point);
                    if (sample != null) {
                        sample(out, series, sample, point.asOf());
                        samples++;
                    }
                }
            }
        }
        return samples;
    }

    /** The targets are configuration, shown live from the start: the same value at every point. */
    private long targets(Writer out, List<LocalDate> dates) throws IOException {
        String name = header(out, ComplianceGauges.TARGET, ComplianceGauges.TARGET_HELP);
        long samples = 0;
        for (KpiDefinition kpi : definitions) {
            String series = name + labels(Map.of("kpi", kpi.id(), "higher_is_better", String.valueOf(kpi.higherIsBetter())));
            for (LocalDate asOf : dates) {
                sample(out, series, kpi.target(), asOf);
                samples++;
            }
        }
        return samples;
    }

    private static String header(Writer out, String meter, String help) throws IOException {
        String name = NamingConvention.snakeCase.name(meter, Meter.Type.GAUGE);
        out.write("# TYPE " + name + " gauge\n");
        out.write("# HELP " + name + " " + help + "\n");
        return name;
    }

    private static void sample(Writer out, String series, double value, LocalDate asOf) throws IOException {
        long lastSecondOfTheDay = asOf.plusDays(1).atStartOfDay(CaseTime.ZONE).toEpochSecond() - 1;
        out.write(series + " " + value + " " + lastSecondOfTheDay + "\n");
    }

    /** The labels in name order, as Micrometer's Prometheus output has them; values escaped as OpenMetrics says. */
    private String labels(Map<String, String> own) {
        Map<String, String> all = new TreeMap<>(own);
        all.put("authority", authority);
        List<String> pairs = new ArrayList<>();
        all.forEach((label, value) -> pairs.add(label + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
                                                                      .replace("\n", "\\n") + "\""));
        return "{" + String.join(",", pairs) + "}";
    }
}
