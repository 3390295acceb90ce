package uk.casemonitor.projections.compliance;

import java.util.List;

/**
 * The compliance read model's tables, which the Flyway migrations under {@code db/migration} create;
 * the event store is the source of truth, so a rebuild may empty and refill them.
 */
public final class ComplianceSchema {

    /** What is derived per subject and replaced whenever the subject is re-evaluated. */
    static final List<String> DERIVED_TABLES = List.of("cm_obligation", "cm_measure", "cm_episode");
    /**
     * The whole read model but the breach register, which is kept and reconciled, and the KPI roll-up,
     * which {@code KpiRollup} empties.
     */
    static final List<String> CLEARED_FOR_FULL_RECOMPUTE = List.of("cm_subject", "cm_obligation", "cm_measure",
                                                                   "cm_episode");

    private static final List<String> DDL = List.of(
            """
            CREATE TABLE IF NOT EXISTS cm_subject (
                subject_kind VARCHAR(16) NOT NULL,
                subject_id VARCHAR(64) NOT NULL,
                team_id VARCHAR(64),
                worker_id VARCHAR(64),
                event_count INT NOT NULL,
                PRIMARY KEY (subject_kind, subject_id))""",
            """
            CREATE TABLE IF NOT EXISTS cm_obligation (
                subject_kind VARCHAR(16) NOT NULL,
                subject_id VARCHAR(64) NOT NULL,
                obligation_key VARCHAR(200) NOT NULL,
                rule_id VARCHAR(64) NOT NULL,
                team_id VARCHAR(64),
                worker_id VARCHAR(64),
                opened_on DATE NOT NULL,
                due_on DATE NOT NULL,
                status VARCHAR(16) NOT NULL,
                closed_on DATE,
                opened_by VARCHAR(100),
                closed_by VARCHAR(100),
                PRIMARY KEY (subject_kind, subject_id, obligation_key))""",
            "CREATE INDEX IF NOT EXISTS cm_obligation_rule_due ON cm_obligation (rule_id, due_on)",
            // KPIs come from the roll-up; the drill-downs' "open on a date" lists make do with the rule's
            // part of cm_obligation_rule_due, which saves every obligation written a fourth index entry.
            "DROP INDEX IF EXISTS cm_obligation_rule_opened",
            "CREATE INDEX IF NOT EXISTS cm_obligation_status_due ON cm_obligation (status, due_on)",
            """
            CREATE TABLE IF NOT EXISTS cm_measure (
                subject_kind VARCHAR(16) NOT NULL,
                subject_id VARCHAR(64) NOT NULL,
                measure_id VARCHAR(64) NOT NULL,
                event_id VARCHAR(100) NOT NULL,
                observed_on DATE NOT NULL,
                hit BOOLEAN NOT NULL,
                detail VARCHAR(500),
                team_id VARCHAR(64),
                worker_id VARCHAR(64),
                PRIMARY KEY (subject_kind, subject_id, measure_id, event_id))""",
            "CREATE INDEX IF NOT EXISTS cm_measure_id_date ON cm_measure (measure_id, observed_on)",
            """
            CREATE TABLE IF NOT EXISTS cm_episode (
                subject_kind VARCHAR(16) NOT NULL,
                subject_id VARCHAR(64) NOT NULL,
                episode VARCHAR(32) NOT NULL,
                started_on DATE NOT NULL,
                ended_on DATE,
                PRIMARY KEY (subject_kind, subject_id, episode, started_on))""",
            "CREATE INDEX IF NOT EXISTS cm_episode_episode ON cm_episode (episode, started_on)");

    private ComplianceSchema() {
    }
}
