package uk.casemonitor.projections.metrics;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.projections.compliance.DueObligations;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.kpi.KpiValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes a {@link ComplianceSnapshot} from the read model: the KPIs through {@link KpiService} (so a
 * dashboard shows the numbers {@code /api/kpis} gives), the breach and due-soon counts by team.
 * Only team ids become tag values, never a child, carer or worker id, and at most {@code maxTeams}
 * of them, so the number of series stays bounded whatever the caseload.
 */
public class ComplianceSnapshots {

    private final JdbcTemplate jdbc;
    private final DueObligations dueObligations;
    private final KpiService kpis;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int maxTeams;
    private final int dueSoonWorkingDays;

    public ComplianceSnapshots(JdbcTemplate jdbc, DueObligations dueObligations, KpiService kpis,
                               WorkingDayCalendar calendar, Clock clock, int maxTeams, int dueSoonWorkingDays) {
        if (maxTeams < 0) {
            throw new IllegalArgumentException("maxTeams must be 0 or more: " + maxTeams);
        }
        this.jdbc = jdbc;
        this.dueObligations = dueObligations;
        this.kpis = kpis;
        this.calendar = calendar;
        this.clock = clock;
        this.maxTeams = maxTeams;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    public ComplianceSnapshot take() {
        Instant now = clock.instant();
        LocalDate today = CaseTime.dateOf(now);
        List<String> allTeams = teamsByCaseload(jdbc);
        List<String> teams = allTeams.subList(0, Math.min(maxTeams, allTeams.size()));
        Set<String> exported = new HashSet<>(teams);

        List<KpiValue> values = new ArrayList<>(kpis.all(KpiScope.AUTHORITY, today));
        for (String team : teams) {
            values.addAll(kpis.all(KpiScope.team(team), today));
        }

        Map<ComplianceSnapshot.OpenBreaches, Long> openBreaches = new HashMap<>();
        Map<String, Long> oldestOverdue = new HashMap<>();
        jdbc.query("""
                SELECT team_id, rule_id, due_on, COUNT(*) AS breaches FROM cm_breach WHERE status = 'OPEN'
                GROUP BY team_id, rule_id, due_on""", rs -> {
            String team = label(rs.getString("team_id"), exported);
            long daysOverdue = ChronoUnit.DAYS.between(rs.getDate("due_on").toLocalDate(), today);
            openBreaches.merge(new ComplianceSnapshot.OpenBreaches(team, rs.getString("rule_id"), OverdueBand.of(daysOverdue)),
                               rs.getLong("breaches"), Long::sum);
            oldestOverdue.merge(team, Math.max(0, daysOverdue), Math::max);
        });

        Map<String, Long> dueSoon = new HashMap<>();
        teams.forEach(team -> dueSoon.put(team, 0L));
        // The same horizon and the same obligations as GET /api/due.
        dueObligations.between(today, calendar.addWorkingDays(today, dueSoonWorkingDays))
                      .forEach(due -> dueSoon.merge(label(due.obligation().teamId(), exported), 1L, Long::sum));

        return new ComplianceSnapshot(now, today, teams, allTeams.size() - teams.size(), values, openBreaches,
                                      oldestOverdue, dueSoon);
    }

    /** Every team with children or carers, largest caseload first: the first {@code maxTeams} are exported on their own. */
    public static List<String> teamsByCaseload(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT team_id FROM cm_subject WHERE team_id IS NOT NULL
                GROUP BY team_id ORDER BY COUNT(*) DESC, team_id""", String.class);
    }

    private static String label(String teamId, Set<String> exported) {
        if (teamId == null) {
            return ComplianceSnapshot.UNASSIGNED;
        }
        return exported.contains(teamId) ? teamId : ComplianceSnapshot.OTHER;
    }
}
