package uk.casemonitor.app.imports;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.core.childcase.AbuseCategory;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;
import uk.casemonitor.core.recording.RecordingOutcome;
import uk.casemonitor.imports.HistoryRecorder;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.app.imports.ImportApi.assertProblem;
import static uk.casemonitor.app.imports.ImportApi.report;

/**
 * A child with a long case: more events than one API request may carry
 * ({@code compliance.api.max-events-per-request}, 1000). That limit bounds what a client sends over
 * HTTP; an importer reading the authority's own records in the server must bring the child's
 * history in whole, as one all-or-nothing recording, or the backfill would leave the longest cases
 * (the ones most worth monitoring) out.
 */
class LongHistoryImportTest {

    private static final LocalDate PLAN_START = LocalDate.parse("2020-01-06");
    private static final int VISITS = 1200;

    @TempDir
    static Path dataDir;

    private static RunningApp app;
    private static ImportApi api;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()), MutableClock.at("2024-06-01"));
        api = new ImportApi(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aChildVisitedTwelveHundredTimesDuringOneLongPlanIsImportedWholeFromTheSsd() {
        JsonNode report = report(api.upload("/api/admin/imports/ssd", longCaseExtract()));

        assertThat(report.get("refusedChildren")).as(report.toString()).isEmpty();
        assertThat(report.get("eventsStored").asInt()).isEqualTo(VISITS + 2);
        JsonNode stream = api.streamJson("L1");
        assertThat(stream.get("count").asInt()).isEqualTo(VISITS + 2);
        assertThat(stream.get("events").get(VISITS + 1).get("eventId").asString()).isEqualTo("ssd:cp_visits:V" + VISITS + ":visit");

        // The next night, the same extract: the rows were kept, so nothing is sent again.
        JsonNode again = report(api.upload("/api/admin/imports/ssd", longCaseExtract()));
        assertThat(again.get("eventsStored").asInt()).isZero();
        assertThat(again.get("rowsUnchanged").asInt()).isEqualTo(VISITS + 2);
    }

    @Test
    void aReturnsChildWithTwelveHundredEventsIsRecordedWholeThroughTheImportersWayIn() {
        List<ChildCaseEvent> history = new ArrayList<>();
        history.add(new ChildProtectionPlanStarted("R1", "plan", PLAN_START, noonOn(PLAN_START), "returns",
                                                   AbuseCategory.NEGLECT));
        for (int i = 1; i < VISITS; i++) {
            LocalDate on = PLAN_START.plusDays(i);
            history.add(new VisitMade("R1", "visit-" + i, on, noonOn(on), "returns", VisitType.CHILD_PROTECTION,
                                      true, true, null));
        }

        RecordingOutcome outcome = app.bean(HistoryRecorder.class).recordChildHistory("R1", history);

        assertThat(outcome.stored()).isEqualTo(VISITS);
        assertThat(api.streamJson("R1").get("count").asInt()).isEqualTo(VISITS);
    }

    @Test
    void aClientsRequestIsStillBoundedByTheLimit() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i <= 1000; i++) {
            LocalDate on = PLAN_START.plusDays(i);
            body.append(i == 0 ? "" : ",").append("{\"type\":\"VisitMade\",\"eventId\":\"v").append(i)
                .append("\",\"occurredAt\":\"").append(on).append("\",\"visitType\":\"CHILD_PROTECTION\",\"childSeen\":true}");
        }
        HttpResponse<String> response = app.postJson("/api/children/H1/events", body.append("]").toString());

        assertProblem(response, 400, "body");
        assertThat(response.body()).contains("between 1 and 1000 events");
    }

    /** Child L1 on a child-protection plan since January 2020, visited every day of it for 1,200 days. */
    private static Multipart longCaseExtract() {
        StringBuilder visits = new StringBuilder(
                "cppv_cp_visit_id,cppv_person_id,cppv_cp_plan_id,cppv_cp_visit_date,cppv_cp_visit_seen,"
                + "cppv_cp_visit_seen_alone,cppv_cp_visit_bedroom\n");
        for (int i = 1; i <= VISITS; i++) {
            visits.append("V").append(i).append(",L1,CP1,").append(PLAN_START.plusDays(i)).append(",Y,Y,N\n");
        }
        return new Multipart()
                .file("ssd_person", "ssd_person.csv", csv("pers_person_id,pers_sex,pers_dob\nL1,F,2012-05-01\n"))
                .file("ssd_cp_plans", "ssd_cp_plans.csv", csv("cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,"
                        + "cppl_cp_plan_end_date,cppl_cp_plan_initial_category\nCP1,L1," + PLAN_START + ",,NEG\n"))
                .file("ssd_cp_visits", "ssd_cp_visits.csv", csv(visits.toString()));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Instant noonOn(LocalDate date) {
        return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
