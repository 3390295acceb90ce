package uk.casemonitor.imports.ssd;

import uk.casemonitor.imports.InMemoryCaseHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.imports.returns.EventLines;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSD read where Eclipse keeps it: tables in their own schema of a PostgreSQL database, with
 * DATETIME columns and Y/N flags, as the SSD's scripts create them. Needs PostgreSQL on
 * 127.0.0.1:5432 unless COMPLIANCE_TEST_PG_URL says otherwise; run by .ci/run. The SQL is the same
 * for SQL Server (quoted names, SELECT *), which cannot be run here.
 */
@Tag("postgres")
class PostgresSsdDatabaseTest {

    private static final String URL = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final Instant NIGHT = Instant.parse("2024-06-01T01:30:00Z");

    private final String schema = "ssd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private Connection connection;

    @BeforeEach
    void createTheSsdTables() throws SQLException {
        connection = DriverManager.getConnection(URL, "postgres", "");
        execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".ssd_person (pers_person_id VARCHAR(48) PRIMARY KEY, pers_sex VARCHAR(20),"
                        + " pers_dob TIMESTAMP)",
                "CREATE TABLE " + schema + ".ssd_cp_plans (cppl_cp_plan_id VARCHAR(48) PRIMARY KEY, cppl_referral_id VARCHAR(48),"
                        + " cppl_icpc_id VARCHAR(48), cppl_person_id VARCHAR(48), cppl_cp_plan_start_date TIMESTAMP,"
                        + " cppl_cp_plan_end_date TIMESTAMP, cppl_cp_plan_initial_category VARCHAR(100),"
                        + " cppl_cp_plan_latest_category VARCHAR(100))",
                "CREATE TABLE " + schema + ".ssd_cp_visits (cppv_cp_visit_id VARCHAR(48) PRIMARY KEY, cppv_person_id VARCHAR(48),"
                        + " cppv_cp_plan_id VARCHAR(48), cppv_cp_visit_date TIMESTAMP, cppv_cp_visit_seen CHAR(1),"
                        + " cppv_cp_visit_seen_alone CHAR(1), cppv_cp_visit_bedroom CHAR(1))",
                "CREATE TABLE " + schema + ".ssd_involvements (invo_involvements_id VARCHAR(48) PRIMARY KEY,"
                        + " invo_professional_id VARCHAR(48), invo_professional_role_id VARCHAR(200),"
                        + " invo_professional_team VARCHAR(48), invo_person_id VARCHAR(48), invo_referral_id VARCHAR(48),"
                        + " invo_involvement_start_date TIMESTAMP, invo_involvement_end_date TIMESTAMP,"
                        + " invo_worker_change_reason VARCHAR(200))",
                // Tables of the SSD the monitor does not map, and one of the case system's own beside them.
                "CREATE TABLE " + schema + ".ssd_contacts (cont_contact_id VARCHAR(48) PRIMARY KEY, cont_person_id VARCHAR(48),"
                        + " cont_contact_date TIMESTAMP)",
                "CREATE TABLE " + schema + ".ssd_professionals (prof_professional_id VARCHAR(48) PRIMARY KEY,"
                        + " prof_professional_name VARCHAR(300))",
                "CREATE VIEW " + schema + ".ssd_sdq_scores AS SELECT pers_person_id AS csdq_person_id FROM " + schema
                        + ".ssd_person",
                "CREATE TABLE " + schema + ".case_notes (note_id VARCHAR(48) PRIMARY KEY)",
                "INSERT INTO " + schema + ".ssd_person VALUES ('P1', 'M', '2015-03-02 00:00:00')",
                "INSERT INTO " + schema + ".ssd_cp_plans VALUES ('CP1', 'R1', 'C1', 'P1', '2024-01-25', NULL, 'NEG', 'NEG')",
                "INSERT INTO " + schema + ".ssd_cp_visits VALUES ('V1', 'P1', 'CP1', '2024-02-01 10:30:00', 'Y', 'Y', 'Y'),"
                        + " ('V2', 'P1', 'CP1', '2024-02-05', 'Y', NULL, NULL), ('V4', 'P1', 'CP1', '2023-12-01', 'Y', 'N', 'N'),"
                        + " ('V5', 'P1', 'CP1', '2024-02-10', 'X', 'N', 'N')",
                "INSERT INTO " + schema + ".ssd_involvements VALUES ('I1', 'W1', 'SW', 'T1', 'P1', 'R1', '2024-01-08', NULL, NULL)");
    }

    @AfterEach
    void dropThem() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
        connection.close();
    }

    @Test
    void theSsdTablesInTheirOwnSchemaAreImportedAsACsvExtractWouldBe() {
        InMemoryCaseHistory monitor = new InMemoryCaseHistory();
        SsdImporter importer = new SsdImporter(monitor, new StoredRows(), Clock.fixed(NIGHT, CaseTime.ZONE),
                                               new SsdImportSettings(0.10, 5, 50, 1));

        SsdImportReport report = importer.importFrom(new SsdDatabase(connection, schema));

        assertThat(monitor.childEvents("P1").stream().map(EventLines::of)).containsExactly(
                "ChildDetailsRecorded 2015-03-02 dateOfBirth=2015-03-02",
                // The CP visit before the plan is kept as a data-quality finding, not as a visit.
                "ReturnFactUnplaced 2023-12-01 fact=VisitMade reason=the visit on 2023-12-01 is not during a "
                + "child-protection plan of child P1 in the extract source=ssd_cp_visits row V4",
                "TeamAssigned 2024-01-08 teamId=T1",
                "WorkerAllocated 2024-01-08 workerId=W1",
                "ChildProtectionPlanStarted 2024-01-25 category=NEGLECT",
                "VisitMade 2024-02-01 childSeen=true seenAlone=true visitType=CHILD_PROTECTION",
                "VisitMade 2024-02-05 childSeen=true visitType=CHILD_PROTECTION");
        assertThat(report.rowsRead()).containsOnlyKeys("ssd_person", "ssd_cp_plans", "ssd_cp_visits", "ssd_involvements");
        assertThat(report.absentTables()).contains("ssd_cla_episodes", "ssd_cin_episodes");
        assertThat(report.problems()).extracting(p -> p.table() + " " + p.rowId() + " " + p.column())
                .containsExactlyInAnyOrder("ssd_cp_visits V5 cppv_cp_visit_seen", "ssd_cp_visits V4 cppv_cp_visit_date");
        assertThat(report.source()).contains("jdbc:postgresql://").endsWith("schema " + schema);
        assertThat(report.ignoredTables()).extracting(t -> t.table() + ": " + t.reason()).containsExactly(
                "ssd_contacts: the monitor has no contact event",
                "ssd_professionals: names only: workers and teams come from ssd_involvements by id",
                "ssd_sdq_scores: not used by the monitor");
    }

    @Test
    void theSchemasSsdTablesAreListedWhetherTheMonitorMapsThemOrNot() {
        assertThat(new SsdDatabase(connection, schema).tables()).containsExactly("ssd_contacts", "ssd_cp_plans",
                "ssd_cp_visits", "ssd_involvements", "ssd_person", "ssd_professionals", "ssd_sdq_scores");
    }

    @Test
    void aSchemaWithoutTheSsdTablesIsReadAsAnExtractWithEveryTableAbsent() {
        SsdImporter importer = new SsdImporter(new InMemoryCaseHistory(), new StoredRows(), Clock.fixed(NIGHT, CaseTime.ZONE),
                                               new SsdImportSettings(0.10, 5, 50, 1));

        SsdImportReport report = importer.importFrom(new SsdDatabase(connection, "ssd_development_absent"));

        assertThat(report.absentTables()).hasSize(SsdTable.values().length);
        assertThat(report.ignoredTables()).isEmpty();
        assertThat(report.eventsStored()).isZero();
    }

    private void execute(String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
