package uk.casemonitor.app.upgrade;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden store: event-store rows exactly as releases of the monitor wrote them (payload and
 * metadata bytes, payload type and revision, hash chain), with the obligations and KPIs they
 * yielded. Every later build must read them all and come to the same figures.
 *
 * <p>Files, under {@code src/test/resources/golden-store/}: {@code events.jsonl} (one stored row a
 * line, in the order they were appended) and {@code expected.json} (each subject's compliance and
 * the KPIs, as of {@link #AS_OF}, for the authority and each team).
 */
final class GoldenStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The day the golden histories were recorded on, and the day every figure is taken as of. */
    static final String AS_OF = "2024-06-28";

    static final String RESOURCE = "/golden-store/";
    static final Path SOURCE = Path.of("src/test/resources/golden-store");

    /** One row of Axon's {@code DomainEventEntry}, with its bytes as the UTF-8 JSON they are. */
    record StoredRow(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
                     String timeStamp, String payloadType, String payloadRevision, String payload, String metaData) {
    }

    private GoldenStore() {
    }

    static MutableClock clock() {
        return MutableClock.at(AS_OF);
    }

    static List<StoredRow> rows() {
        try (InputStream in = GoldenStore.class.getResourceAsStream(RESOURCE + "events.jsonl")) {
            if (in == null) {
                return List.of();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode expected() {
        try (InputStream in = GoldenStore.class.getResourceAsStream(RESOURCE + "expected.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<StoredRow> parse(String lines) {
        return lines.lines().filter(line -> !line.isBlank()).map(line -> JSON.readValue(line, StoredRow.class)).toList();
    }

    static String format(List<StoredRow> rows) {
        StringBuilder out = new StringBuilder();
        rows.forEach(row -> out.append(JSON.writeValueAsString(row)).append('\n'));
        return out.toString();
    }

    /** Appends the rows to the store as they were stored, in their order; the processors then pick them up. */
    static void load(DataSource dataSource, List<StoredRow> rows) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.batchUpdate("""
                INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,
                                              payloadType, payloadRevision, payload, metaData)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().map(row -> new Object[] {
                row.eventIdentifier(), row.aggregateIdentifier(), row.sequenceNumber(), row.type(), row.timeStamp(),
                row.payloadType(), row.payloadRevision(), row.payload().getBytes(StandardCharsets.UTF_8),
                row.metaData().getBytes(StandardCharsets.UTF_8)}).toList());
    }

    static List<StoredRow> dump(DataSource dataSource) {
        return new JdbcTemplate(dataSource).query("""
                SELECT eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType,
                       payloadRevision, payload, metaData
                FROM DomainEventEntry ORDER BY globalIndex""", (rs, n) -> new StoredRow(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), new String(rs.getBytes(8), StandardCharsets.UTF_8),
                new String(rs.getBytes(9), StandardCharsets.UTF_8)));
    }

    /** A stream id ({@code child-case:G-CP-1}) as the API path of its subject ({@code /api/children/G-CP-1}). */
    static String subjectPath(String streamId) {
        int colon = streamId.indexOf(':');
        String kind = streamId.substring(0, colon);
        String id = streamId.substring(colon + 1);
        return switch (kind) {
            case "child-case" -> "/api/children/" + id;
            case "foster-carer" -> "/api/foster-carers/" + id;
            default -> throw new IllegalArgumentException("Not a subject's stream: " + streamId);
        };
    }

    static Set<String> subjectPaths(List<StoredRow> rows) {
        Set<String> paths = new LinkedHashSet<>();
        rows.forEach(row -> paths.add(subjectPath(row.aggregateIdentifier())));
        return paths;
    }

    /** Teams named in the golden histories' team assignments, from the stored payloads. */
    static Set<String> teams(List<StoredRow> rows) {
        Set<String> teams = new java.util.TreeSet<>();
        rows.forEach(row -> {
            JsonNode team = JSON.readTree(row.payload()).get("teamId");
            if (team != null && !team.isNull()) {
                teams.add(team.asString());
            }
        });
        return teams;
    }

    /**
     * What the golden histories yield, as of {@link #AS_OF}: each subject's obligations (the compliance
     * view) and the KPIs for the authority and for each team, once the read model has caught up.
     */
    static ObjectNode figures(RunningApp app, List<StoredRow> rows) {
        awaitCaughtUp(app);
        ObjectNode figures = JSON.createObjectNode();
        figures.put("asOf", AS_OF);
        ObjectNode compliance = figures.putObject("compliance");
        for (String subject : subjectPaths(rows)) {
            compliance.set(subject, JSON.readTree(ok(app, subject + "/compliance?asOf=" + AS_OF)).get("obligations"));
        }
        ObjectNode kpis = figures.putObject("kpis");
        kpis.set("all", kpiFigures(app, ""));
        for (String team : teams(rows)) {
            kpis.set(team, kpiFigures(app, "&team=" + team));
        }
        return figures;
    }

    /** Each KPI's numerator and denominator: what an authority reports (the rest is derived from them). */
    private static JsonNode kpiFigures(RunningApp app, String scope) {
        ObjectNode figures = JSON.createObjectNode();
        JSON.readTree(ok(app, "/api/kpis?asOf=" + AS_OF + scope)).get("kpis").forEach(kpi ->
                figures.put(kpi.get("id").asString(), kpi.get("numerator").asLong() + "/" + kpi.get("denominator").asLong()));
        return figures;
    }

    static void awaitCaughtUp(RunningApp app) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!JSON.readTree(ok(app, "/api/admin/processors")).get("caughtUp").asBoolean()) {
            assertThat(Instant.now()).as("read model caught up in time").isBefore(deadline);
            pause();
        }
        // The KPI roll-up is written a moment after the projection (DeferredRollup): wait until two reads agree.
        String previous = null;
        String current = ok(app, "/api/kpis?asOf=" + AS_OF);
        while (!current.equals(previous)) {
            assertThat(Instant.now()).as("KPIs settled in time").isBefore(deadline);
            pause();
            previous = current;
            current = ok(app, "/api/kpis?asOf=" + AS_OF);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String ok(RunningApp app, String path) {
        var response = app.get(path);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<StoredRow> plus(List<StoredRow> rows, List<StoredRow> more) {
        List<StoredRow> all = new ArrayList<>(rows);
        all.addAll(more);
        return all;
    }
}
