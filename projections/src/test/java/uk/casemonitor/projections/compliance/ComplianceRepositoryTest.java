package uk.casemonitor.projections.compliance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.CaseEvaluation.EpisodePeriod;
import uk.casemonitor.core.rules.Measure;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationStatus;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.database.Migrations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child re-evaluated after a correction keeps exactly the new evaluation's rows: the visit whose
 * date moved has its obligation and measure rewritten, the retracted visit's rows go, a new visit's
 * come, and what did not change stays as it was.
 */
class ComplianceRepositoryTest {

    private static final LocalDate DAY = LocalDate.parse("2025-03-03");

    private JdbcTemplate jdbc;
    private ComplianceRepository repository;

    @BeforeEach
    void openTheDatabase() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        Migrations.migrate(jdbc.getDataSource());
        repository = new ComplianceRepository(jdbc);
    }

    @AfterEach
    void dropTheDatabase() {
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void aCorrectedChildKeepsExactlyItsNewEvaluationsRows() {
        CaseEvaluation lastNight = new CaseEvaluation(SubjectKind.CHILD, "C-1",
                List.of(visitDue("visit-1", ObligationStatus.MET_ON_TIME), visitDue("visit-2", ObligationStatus.OPEN),
                        visitDue("visit-3", ObligationStatus.MET_LATE)),
                List.of(visited("V-1", DAY, true), visited("V-2", DAY.plusDays(10), false), visited("V-3", DAY.plusDays(20), true)),
                List.of(new EpisodePeriod("CIN", DAY, null)), "north", "sw.a");
        repository.replace(lastNight, 3);

        CaseEvaluation tonight = new CaseEvaluation(SubjectKind.CHILD, "C-1",
                List.of(visitDue("visit-1", ObligationStatus.MET_ON_TIME), visitDue("visit-2", ObligationStatus.MET_LATE),
                        visitDue("visit-4", ObligationStatus.OPEN)),
                List.of(visited("V-1", DAY, true), visited("V-2", DAY.plusDays(12), true), visited("V-4", DAY.plusDays(30), true)),
                List.of(new EpisodePeriod("CIN", DAY, DAY.plusDays(40)), new EpisodePeriod("CP", DAY.plusDays(5), null)),
                "north", "sw.a");
        ComplianceRepository.Replaced replaced = repository.replace(tonight, 5);

        assertThat(replaced.before().obligations()).containsExactlyInAnyOrderElementsOf(lastNight.obligations());
        assertThat(repository.obligationsOf(SubjectKind.CHILD, "C-1")).containsExactlyInAnyOrderElementsOf(tonight.obligations());
        assertThat(jdbc.queryForList("SELECT event_id || ' ' || observed_on || ' ' || hit FROM cm_measure WHERE subject_id = 'C-1'",
                                     String.class))
                .containsExactlyInAnyOrder("V-1 2025-03-03 TRUE", "V-2 2025-03-15 TRUE", "V-4 2025-04-02 TRUE");
        assertThat(jdbc.queryForList("SELECT episode || ' ' || started_on || ' ' || COALESCE(CAST(ended_on AS VARCHAR), 'open')"
                                     + " FROM cm_episode WHERE subject_id = 'C-1'", String.class))
                .containsExactlyInAnyOrder("CIN 2025-03-03 2025-04-12", "CP 2025-03-08 open");
    }

    private static Obligation visitDue(String key, ObligationStatus status) {
        return new Obligation(key, "CIN_VISIT", "C-1", DAY, DAY.plusDays(10), "EV-" + key, status,
                              status == ObligationStatus.OPEN ? null : DAY.plusDays(9), null, "north", "sw.a");
    }

    private static Measure visited(String visit, LocalDate on, boolean inTime) {
        return new Measure("cin_visit_timeliness", "C-1", visit, on, inTime, null, "north", "sw.a");
    }
}
