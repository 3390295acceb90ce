package uk.casemonitor.app.upgrade;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.casemonitor.app.RunningApp;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an upgrade must give, on either database: the store written by the previous release opens
 * with this build, its schema migrated in place, and it answers the same obligations and KPIs the
 * previous release did (its answers, kept with its store: the same histories on the same day); every
 * stream still verifies, and a new event appended after the upgrade continues the chain.
 */
final class UpgradeContract {

    private UpgradeContract() {
    }

    static void assertUpgraded(RunningApp app, String database, long startMillis) {
        List<String> history = new JdbcTemplate(app.bean(DataSource.class)).queryForList(
                "SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class);
        assertThat(history).as("the previous release's schema baselined, then migrated").startsWith("1.1 BASELINE").hasSizeGreaterThan(1);
        JsonNode previous = previousReleaseFigures();
        List<GoldenStore.StoredRow> golden = GoldenStore.rows().stream()
                .filter(row -> previous.get("compliance").has(GoldenStore.subjectPath(row.aggregateIdentifier()))).toList();
        JsonNode figures = GoldenStore.figures(app, golden);
        long upgradedInMillis = System.currentTimeMillis() - startMillis;
        previous.get("kpis").properties().forEach(scope -> scope.getValue().properties().forEach(kpi ->
                assertThat(figures.get("kpis").get(scope.getKey()).get(kpi.getKey())).as(kpi.getKey() + " of " + scope.getKey())
                        .isEqualTo(kpi.getValue())));
        previous.get("compliance").properties().forEach(subject -> {
            JsonNode now = figures.get("compliance").get(subject.getKey());
            assertThat(now.size()).as("obligations of " + subject.getKey()).isEqualTo(subject.getValue().size());
            for (int i = 0; i < now.size(); i++) {
                int index = i;
                subject.getValue().get(i).properties().forEach(field -> assertThat(now.get(index).get(field.getKey()))
                        .as(subject.getKey() + " obligation " + index + " " + field.getKey()).isEqualTo(field.getValue()));
            }
        });
        for (String subject : GoldenStore.subjectPaths(golden)) {
            JsonNode verification = GoldenStore.JSON.readTree(GoldenStore.ok(app, subject + "/history/verify"));
            assertThat(verification.get("intact").asBoolean()).as(subject + ": " + verification).isTrue();
        }

        var visit = app.postJson("/api/foster-carers/GF-1/events", """
                {"type":"FosterCarerSupervisoryVisitMade","eventId":"after-upgrade","occurredAt":"2024-06-27"}""");
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
        JsonNode verification = GoldenStore.JSON.readTree(GoldenStore.ok(app, "/api/foster-carers/GF-1/history/verify"));
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();

        System.out.printf("UPGRADE %s: previous release's store (%d events) opened, migrated and caught up in %.1f s; "
                          + "obligations of %d subjects and KPIs of %d scopes equal to the previous release's%n",
                database, eventCount(app), upgradedInMillis / 1000.0, figures.get("compliance").size(), figures.get("kpis").size());
    }

    /**
     * What the previous release answered for the histories in its store, as of the golden day. A
     * KPI or an obligation field added since is not compared: the previous release had no answer.
     */
    static JsonNode previousReleaseFigures() {
        try (java.io.InputStream in = UpgradeContract.class.getResourceAsStream(UpgradeFixture.PREVIOUS_RELEASE_EXPECTED)) {
            return GoldenStore.JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long eventCount(RunningApp app) {
        return new JdbcTemplate(app.bean(DataSource.class)).queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }
}
