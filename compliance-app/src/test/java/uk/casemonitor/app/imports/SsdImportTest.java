package uk.casemonitor.app.imports;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.imports.ssd.SsdSamples;
import uk.casemonitor.imports.ssd.SsdTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.app.imports.ImportApi.JSON;
import static uk.casemonitor.app.imports.ImportApi.assertProblem;
import static uk.casemonitor.app.imports.ImportApi.report;

/**
 * An authority switching the monitor on with its SSD, night after night, end to end on the running
 * application: the extract uploaded, each child's stream read back through the event API, checked
 * by the case history exactly as events sent to the API are.
 */
class SsdImportTest {

    private static final String UPLOAD = "/api/admin/imports/ssd";

    @TempDir
    static Path dataDir;

    private static final MutableClock clock = MutableClock.at("2024-06-01");
    private static RunningApp app;
    private static ImportApi api;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(),
                // The samples are small: half a table vanishing is a broken extract, with no rows exempt.
                "compliance.ssd.vanished-share-refused", "0.5", "compliance.ssd.vanished-rows-accepted", "0"), clock);
        api = new ImportApi(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theSsdNightAfterNight() {
        // Night one, the backfill: every child's history as the case system holds it, stamped on its own dates.
        JsonNode first = report(api.upload(UPLOAD, upload("night-1")));
        assertThat(first.get("backfill").asBoolean()).isTrue();
        assertThat(first.get("eventsStored").asInt()).isEqualTo(32);
        assertThat(first.get("refusedChildren")).isEmpty();
        assertThat(first.get("absentTables").toString()).isEqualTo("[\"ssd_cin_assessments\",\"ssd_cp_reviews\",\"ssd_care_leavers\"]");
        List<String> problems = new ArrayList<>();
        first.get("problems").forEach(p -> problems.add(p.get("table").asString() + " " + p.get("rowId").asString()
                + " " + p.get("column").asString()));
        assertThat(problems).contains("ssd_cp_visits V4 cppv_cp_visit_date", "ssd_cp_visits V1 cppv_cp_visit_id");
        SsdSamples.NIGHT_ONE_STREAMS.forEach((child, expected) -> assertThat(api.stream(child)).as(child).isEqualTo(expected));
        JsonNode firstVisit = event("P1", "ssd:cp_visits:V1:visit");
        assertThat(firstVisit.get("recordedAt").asString()).isEqualTo("2024-02-01T12:00:00Z");
        assertThat(firstVisit.get("recordedBy").asString()).isEqualTo("ssd-import");

        // The same snapshot again: nothing to store.
        HttpResponse<String> again = api.upload(UPLOAD, upload("night-1"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(report(again).get("eventsStored").asInt()).isZero();

        // Night two: V2's date put right in the case system, V1 deleted, V6 recorded.
        clock.set(java.time.Instant.parse("2024-06-02T01:30:00Z"));
        JsonNode second = report(api.upload(UPLOAD, upload("night-2")));
        assertThat(second.get("backfill").asBoolean()).isFalse();
        assertThat(second.get("corrections").asInt()).isEqualTo(1);
        assertThat(second.get("retractions").asInt()).isEqualTo(1);
        assertThat(second.get("eventsStored").asInt()).isEqualTo(3);
        assertThat(second.get("refusedChildren")).isEmpty();
        assertThat(event("P1", "ssd:cp_visits:V6:visit").get("recordedAt").asString()).isEqualTo("2024-06-02T01:30:00Z");
        JsonNode stream = api.streamJson("P1");
        assertThat(stream.toString()).contains("\"correctedEventId\":\"ssd:cp_visits:V2:visit\"")
                                     .contains("\"retractedEventId\":\"ssd:cp_visits:V1:visit\"");
        JsonNode log = JSON.readTree(app.as("auditor").get("/api/admin/access-log?child=P1").body());
        assertThat(log.toString()).contains("of ssd:cp_visits:V2:visit").contains("\"userName\":\"ssd-import\"");

        // A failed overnight run that left the CP visits table empty: refused, nothing retracted.
        clock.set(java.time.Instant.parse("2024-06-03T01:30:00Z"));
        HttpResponse<String> broken = api.upload(UPLOAD, upload("night-broken"));
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(422);
        JsonNode refusal = JSON.readTree(broken.body());
        assertThat(refusal.get("refusal").asString()).contains("ssd_cp_visits lost 3 of its 3 rows");
        assertThat(api.streamJson("P1").get("count").asInt()).isEqualTo(stream.get("count").asInt());
    }

    @Test
    void anUploadWithNoPartNamedAfterATableTheMonitorReadsIsA400ProblemNamingItAndNothingIsImported() {
        assertProblem(api.upload(UPLOAD, new Multipart().file("ssd_visits", "ssd_visits.csv",
                "id\n1\n".getBytes(StandardCharsets.UTF_8))), 400, "ssd_visits");
        assertProblem(api.upload(UPLOAD, new Multipart()), 400, "ssd_person");
    }

    @Test
    void aPartNamedAfterATableTheMonitorDoesNotReadIsReportedAsIgnoredWithWhy() {
        JsonNode report = report(api.upload(UPLOAD, new Multipart()
                // Unreadable, so that this test imports nothing into the night after night above.
                .file("ssd_person", "ssd_person.csv", "person_id,dob\nQ1,2015-01-01\n".getBytes(StandardCharsets.UTF_8))
                .file("ssd_contacts", "ssd_contacts.csv", "cont_contact_id\nK1\n".getBytes(StandardCharsets.UTF_8))
                .file("case_notes", "case_notes.csv", "id\n1\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(report.get("ignoredTables").toString()).isEqualTo(
                "[{\"table\":\"case_notes\",\"reason\":\"no SSD table is named so: parts are named after the SSD's tables\"},"
                + "{\"table\":\"ssd_contacts\",\"reason\":\"the monitor has no contact event\"}]");
        assertThat(report.get("eventsStored").asInt()).isZero();
    }

    @Test
    void aTableThatIsNotTheSsdsIsReportedAndTheOtherTablesImport() {
        JsonNode report = report(api.upload(UPLOAD, new Multipart()
                .file("ssd_person", "ssd_person.csv", "person_id,dob\nQ1,2015-01-01\n".getBytes(StandardCharsets.UTF_8))
                .file("ssd_cp_plans", "ssd_cp_plans.csv", "\"unclosed\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(report.get("unreadableTables").toString())
                .contains("{\"table\":\"ssd_person\",\"reason\":\"ssd_person.csv has no column PERS_PERSON_ID, PERS_DOB")
                .contains("{\"table\":\"ssd_cp_plans\",\"reason\":\"ssd_cp_plans.csv has a quoted field opened on line 1");
        assertThat(report.get("eventsStored").asInt()).isZero();
    }

    private static JsonNode event(String child, String eventId) {
        for (JsonNode event : api.streamJson(child).get("events")) {
            if (event.get("eventId").asString().equals(eventId)) {
                return event;
            }
        }
        throw new AssertionError(eventId + " is not in " + child + "'s stream");
    }

    private static Multipart upload(String night) {
        Path folder = SsdSamples.folder(night);
        Multipart multipart = new Multipart();
        for (SsdTable table : SsdTable.values()) {
            Path file = folder.resolve(table.tableName() + ".csv");
            if (Files.exists(file)) {
                try {
                    multipart.file(table.tableName(), file.getFileName().toString(), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return multipart;
    }
}
