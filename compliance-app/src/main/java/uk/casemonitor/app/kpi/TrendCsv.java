package uk.casemonitor.app.kpi;

import uk.casemonitor.projections.drilldown.DrillDownCsv;
import uk.casemonitor.projections.kpi.KpiTrend;
import uk.casemonitor.projections.kpi.TrendPoint;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A KPI's trend as CSV, a line per as-of date, cells written as the drill-down's CSV writes them. */
final class TrendCsv {

    private static final String HEADER = "kpi,team,worker,asOf,numerator,denominator,ratio,target,meetsTarget";

    private TrendCsv() {
    }

    static String write(KpiTrend trend) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (TrendPoint point : trend.points()) {
            csv.append(Stream.of(trend.id(), trend.teamId(), trend.workerId(), point.asOf(), point.numerator(),
                                 point.denominator(), point.ratio(), trend.target(), point.meetsTarget())
                             .map(DrillDownCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }
}
