package uk.casemonitor.app.audits;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Case-file audits recorded over HTTP: how many were completed in the month against the target
 * (set to 3 here), their grades, and the actions they agreed, owed and overdue.
 */
class CaseFileAuditApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void recordAudits() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(), "compliance.deadline-check", "1h",
                                      "compliance.audits.monthly-target", "3"),
                               MutableClock.at("2024-05-10"));
        // Two actions: the first done on time, the second (due 30 April) never.
        post("A-1", """
                [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"qa"},
                 {"type":"ReferralReceived","eventId":"r","occurredAt":"2024-01-02","recordedBy":"duty"},
                 {"type":"CaseFileAuditCompleted","eventId":"qa1","occurredAt":"2024-03-05","recordedBy":"qa.lead","auditor":"qa.lead",
                  "grade":"GOOD","themes":["management oversight","voice of the child"],
                  "actions":[{"description":"update the chronology","dueOn":"2024-03-20"},
                             {"description":"record the child's views","dueOn":"2024-04-30"}]},
                 {"type":"AuditActionCompleted","eventId":"qa1-0","occurredAt":"2024-03-15","recordedBy":"sw","auditEventId":"qa1","actionIndex":0}]""");
        post("A-2", """
                [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"qa"},
                 {"type":"CaseFileAuditCompleted","eventId":"qa1","occurredAt":"2024-03-20","recordedBy":"qa.lead","auditor":"qa.lead",
                  "grade":"INADEQUATE","actions":[{"description":"strategy discussion","dueOn":"2024-05-31"}]}]""");
        post("A-3", """
                [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"qa"},
                 {"type":"CaseFileAuditCompleted","eventId":"qa1","occurredAt":"2024-04-02","recordedBy":"qa.lead","auditor":"qa.lead",
                  "grade":"OUTSTANDING"},
                 {"type":"CaseFileAuditCompleted","eventId":"qa2","occurredAt":"2024-04-15","recordedBy":"qa.lead","auditor":"qa.two",
                  "grade":"REQUIRES_IMPROVEMENT","actions":[{"description":"pathway plan","dueOn":"2024-04-20"}]},
                 {"type":"AuditActionCompleted","eventId":"qa2-0","occurredAt":"2024-04-25","recordedBy":"sw","auditEventId":"qa2","actionIndex":0}]""");
        post("A-4", """
                [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"other"},
                 {"type":"CaseFileAuditCompleted","eventId":"qa1","occurredAt":"2024-04-10","recordedBy":"qa.lead","auditor":"qa.lead",
                  "grade":"GOOD"}]""");
        await().until(() -> summary("asOf=2024-04-30").get("completed").asLong() == 3);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void auditsCompletedInTheMonthAreCountedAgainstTheTargetWithTheirGrades() {
        JsonNode april = summary("asOf=2024-04-30&team=qa");
        assertThat(april.get("month").asString()).isEqualTo("2024-04");
        assertThat(april.get("from").asString()).isEqualTo("2024-04-01");
        assertThat(april.get("completed").asLong()).isEqualTo(2);
        assertThat(april.get("target").asInt()).isEqualTo(3);
        assertThat(april.get("targetMet").asBoolean()).isFalse();
        Map<String, Long> grades = new HashMap<>();
        april.get("grades").properties().forEach(e -> grades.put(e.getKey(), e.getValue().asLong()));
        assertThat(grades).containsExactlyInAnyOrderEntriesOf(Map.of(
                "OUTSTANDING", 1L, "GOOD", 0L, "REQUIRES_IMPROVEMENT", 1L, "INADEQUATE", 0L));
        JsonNode months = april.get("months");
        assertThat(months).hasSize(12);
        assertThat(months.get(10).get("month").asString()).isEqualTo("2024-03");
        assertThat(months.get(10).get("completed").asLong()).isEqualTo(2);
        assertThat(months.get(11).get("completed").asLong()).isEqualTo(2);

        JsonNode authority = summary("asOf=2024-04-30");
        assertThat(authority.get("completed").asLong()).isEqualTo(3);
        assertThat(authority.get("targetMet").asBoolean()).isTrue();
    }

    @Test
    void actionsPastTheirDueDateAreOverdue() {
        JsonNode endOfApril = summary("asOf=2024-04-30&team=qa");
        assertThat(endOfApril.get("actionsOwed").asLong()).isEqualTo(2);
        assertThat(endOfApril.get("actionsOverdue").asLong()).isZero();
        JsonNode may = summary("asOf=2024-05-10&team=qa");
        assertThat(may.get("completed").asLong()).isZero();
        assertThat(may.get("actionsOwed").asLong()).isEqualTo(2);
        assertThat(may.get("actionsOverdue").asLong()).isEqualTo(1);

        JsonNode children = JSON.readTree(app.get("/api/kpis/audit-action/children?team=qa&asOf=2024-05-10").body());
        assertThat(children.get("denominator").asLong()).isEqualTo(2);
        assertThat(children.get("numerator").asLong()).isEqualTo(1);
        JsonNode overdue = children.get("rows").get(0);
        assertThat(overdue.get("subjectId").asString()).isEqualTo("A-1");
        assertThat(overdue.get("failing").asBoolean()).isTrue();
        assertThat(overdue.get("dueOn").asString()).isEqualTo("2024-04-30");
        assertThat(overdue.get("daysLate").asLong()).isEqualTo(10);
        assertThat(overdue.get("ref").asString()).isEqualTo("audit-action/qa1#1");
    }

    @Test
    void theShareGradedGoodOrBetterIsAKpi() {
        JsonNode grades = JSON.readTree(app.get("/api/kpis/case-file-audit-grade/children?team=qa&asOf=2024-05-10").body());
        assertThat(grades.get("denominator").asLong()).isEqualTo(4);
        assertThat(grades.get("numerator").asLong()).isEqualTo(2);
        assertThat(grades.get("rows")).filteredOn(row -> row.get("failing").asBoolean())
                .extracting(row -> row.get("detail").asString()).containsExactlyInAnyOrder("INADEQUATE", "REQUIRES_IMPROVEMENT");
    }

    @Test
    void theAuditIsReadBackWithItsThemesAndActions() {
        JsonNode audit = JSON.readTree(app.get("/api/children/A-1/events").body()).get("events").get(2);
        assertThat(audit.get("type").asString()).isEqualTo("CaseFileAuditCompleted");
        assertThat(audit.get("themes")).extracting(JsonNode::asString).containsExactly("management oversight", "voice of the child");
        assertThat(audit.get("actions").get(1).get("dueOn").asString()).isEqualTo("2024-04-30");
    }

    @Test
    void completingAnActionNoAuditAgreedIsRefusedAndAMalformedAuditNamesItsField() {
        HttpResponse<String> unknown = app.postJson("/api/children/A-2/events", """
                {"type":"AuditActionCompleted","eventId":"x","occurredAt":"2024-05-01","recordedBy":"sw","auditEventId":"qa9","actionIndex":0}""");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unknown.body()).get("field").asString()).isEqualTo("auditEventId");

        HttpResponse<String> noDueDate = app.postJson("/api/children/A-2/events", """
                {"type":"CaseFileAuditCompleted","eventId":"qa5","occurredAt":"2024-05-01","recordedBy":"qa","auditor":"qa",
                 "grade":"GOOD","actions":[{"description":"something"}]}""");
        assertThat(noDueDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noDueDate.body()).get("field").asString()).isEqualTo("actions[0].dueOn");

        HttpResponse<String> badGrade = app.postJson("/api/children/A-2/events", """
                {"type":"CaseFileAuditCompleted","eventId":"qa6","occurredAt":"2024-05-01","recordedBy":"qa","auditor":"qa","grade":"FINE"}""");
        assertThat(badGrade.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badGrade.body()).get("field").asString()).isEqualTo("grade");

        HttpResponse<String> badDate = app.get("/api/audits/summary?asOf=April");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).get("field").asString()).isEqualTo("asOf");
    }

    private static void post(String child, String body) {
        HttpResponse<String> response = app.postJson("/api/children/" + child + "/events", body);
        assertThat(response.statusCode()).as(child + ": " + response.body()).isEqualTo(201);
    }

    private static JsonNode summary(String query) {
        HttpResponse<String> response = app.get("/api/audits/summary?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
