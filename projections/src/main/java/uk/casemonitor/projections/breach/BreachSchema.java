package uk.casemonitor.projections.breach;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The breach register's table, in SQL both H2 and PostgreSQL accept. Created with the compliance
 * read model ({@code ComplianceSchema}) but, unlike it, never emptied by a rebuild: breaches are
 * reconciled, not recreated, so their history (raised when, acknowledged by whom) survives.
 */
public final class BreachSchema {

    private static final List<String> DDL = List.of(
            """
            CREATE TABLE IF NOT EXISTS cm_breach (
                subject_kind VARCHAR(16) NOT NULL,
                subject_id VARCHAR(64) NOT NULL,
                obligation_key VARCHAR(200) NOT NULL,
                rule_id VARCHAR(64) NOT NULL,
                team_id VARCHAR(64),
                worker_id VARCHAR(64),
                due_on DATE NOT NULL,
                status VARCHAR(16) NOT NULL,
                raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
                raised_by VARCHAR(16) NOT NULL,
                resolved_on DATE,
                resolved_at TIMESTAMP WITH TIME ZONE,
                PRIMARY KEY (subject_kind, subject_id, obligation_key))""",
            "ALTER TABLE cm_breach ADD COLUMN IF NOT EXISTS acknowledged_at TIMESTAMP WITH TIME ZONE",
            "ALTER TABLE cm_breach ADD COLUMN IF NOT EXISTS acknowledged_by VARCHAR(100)",
            "ALTER TABLE cm_breach ADD COLUMN IF NOT EXISTS acknowledgement_note VARCHAR(1000)",
            "ALTER TABLE cm_breach ADD COLUMN IF NOT EXISTS planned_action VARCHAR(1000)",
            "CREATE INDEX IF NOT EXISTS cm_breach_status_team ON cm_breach (status, team_id)",
            // A manager's page of breaches: the team's, most overdue first, read in index order up to
            // the page's end rather than sorted from all of them (600 ms a page at 10x without it).
            "CREATE INDEX IF NOT EXISTS cm_breach_team_due ON cm_breach (team_id, due_on, subject_id, obligation_key)",
            "CREATE INDEX IF NOT EXISTS cm_breach_raised ON cm_breach (raised_at)");

    private BreachSchema() {
    }

    public static void create(JdbcTemplate jdbc) {
        DDL.forEach(jdbc::execute);
    }
}
