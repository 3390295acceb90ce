package uk.casemonitor.app.compliance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One child's realistic journey, recorded day by day as it happened (the clock moves with it):
 * referral, strategy discussion, a late ICPC, a CP plan with one visit late and one missed, the plan
 * ending, becoming looked after, a placement move and reviews. Every deadline below was worked out
 * by hand from the England and Wales calendar (Easter 2024: 29 March and 1 April).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChildJourneyScenarioTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHILD = "J-1";

    @TempDir
    static Path dataDir;

    private static RunningApp app;
    private static final MutableClock clock = MutableClock.at("2024-01-02");

    @BeforeAll
    static void recordTheJourney() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(),
                                      "compliance.deadline-check", "200ms"), clock);
        record("2024-01-02", """
                {"type":"TeamAssigned","eventId":"team","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"journey"}""");
        record("2024-01-02", """
                {"type":"WorkerAllocated","eventId":"w1","occurredAt":"2024-01-02","recordedBy":"tm","workerId":"sw.one"}""");
        record("2024-01-02", """
                {"type":"ChildDetailsRecorded","eventId":"dob","occurredAt":"2024-01-02","recordedBy":"duty","dateOfBirth":"2021-06-01"}""");
        record("2024-01-02", """
                {"type":"ReferralReceived","eventId":"referral","occurredAt":"2024-01-02","recordedBy":"duty","source":"school"}""");
        record("2024-01-03", """
                {"type":"ReferralDecisionMade","eventId":"decision","occurredAt":"2024-01-03","recordedBy":"duty","decision":"STRATEGY_DISCUSSION"}""");
        // ICPC due 15 working days after Thu 4 January: Thu 25 January.
        record("2024-01-04", """
                {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-01-04","recordedBy":"sw.one","section47Initiated":true}""");
        // Assessment due 45 working days from the referral on 2 January: Tue 5 March.
        record("2024-01-05", """
                {"type":"AssessmentStarted","eventId":"a-start","occurredAt":"2024-01-05","recordedBy":"sw.one"}""");
        // Held on Tue 30 January: 3 working days late.
        record("2024-01-30", """
                [{"type":"InitialChildProtectionConferenceHeld","eventId":"icpc","occurredAt":"2024-01-30","recordedBy":"chair","childProtectionPlanMade":true},
                 {"type":"ChildProtectionPlanStarted","eventId":"plan","occurredAt":"2024-01-30","recordedBy":"chair","category":"NEGLECT"}]""");
        // First CP visit due Tue 13 February; seen alone on the 8th, on time. Next due Thu 22 February.
        record("2024-02-08", """
                {"type":"VisitMade","eventId":"v1","occurredAt":"2024-02-08","recordedBy":"sw.one","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}""");
        // First core group due Tue 13 February: held on the 9th.
        record("2024-02-09", """
                {"type":"CoreGroupMeetingHeld","eventId":"cg","occurredAt":"2024-02-09","recordedBy":"sw.one"}""");
        // Management oversight due 4 weeks after the plan: Tue 27 February; recorded on the 20th. Next due Tue 19 March.
        record("2024-02-20", """
                {"type":"ManagementOversightRecorded","eventId":"mo1","occurredAt":"2024-02-20","recordedBy":"tm","managerId":"tm"}""");
        // Visit on Mon 26 February, 4 days late, not seen alone, and typed up on 15 March: recorded late.
        // Next visit due Mon 11 March, never made before the plan ended: missed.
        record("2024-03-01", """
                {"type":"AssessmentCompleted","eventId":"a-done","occurredAt":"2024-03-01","recordedBy":"sw.one"}""");
        record("2024-03-15", """
                {"type":"VisitMade","eventId":"v2","occurredAt":"2024-02-26","recordedBy":"sw.one","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"mother would not leave"}""");
        // Same day: the plan ends and the child becomes looked after (new worker).
        record("2024-03-20", """
                [{"type":"ChildProtectionPlanEnded","eventId":"plan-end","occurredAt":"2024-03-20","recordedBy":"chair"},
                 {"type":"BecameLookedAfter","eventId":"la","occurredAt":"2024-03-20","recordedBy":"sw.two","legalStatus":"C2"},
                 {"type":"PlacementStarted","eventId":"p1","occurredAt":"2024-03-20","recordedBy":"sw.two","placementType":"U1","longTerm":false},
                 {"type":"WorkerAllocated","eventId":"w2","occurredAt":"2024-03-20","recordedBy":"tm","workerId":"sw.two"}]""");
        // Oversight due 19 March, recorded 22 March: late. Next due 6 weeks later (looked after): Fri 3 May.
        record("2024-03-22", """
                {"type":"ManagementOversightRecorded","eventId":"mo2","occurredAt":"2024-03-22","recordedBy":"tm","managerId":"tm"}""");
        // Reg 28 visit due within a week of the placement: Wed 27 March; made on the 25th.
        record("2024-03-25", """
                {"type":"VisitMade","eventId":"v3","occurredAt":"2024-03-25","recordedBy":"sw.two","visitType":"LOOKED_AFTER","childSeen":true,"seenAlone":true}""");
        // Placement move on 15 April: the next visit is due within a week, Mon 22 April.
        record("2024-04-15", """
                [{"type":"PlacementChanged","eventId":"p2","occurredAt":"2024-04-15","recordedBy":"sw.two","placementType":"U3","longTerm":false},
                 {"type":"WorkerAllocated","eventId":"w3","occurredAt":"2024-04-15","recordedBy":"tm","workerId":"sw.three"}]""");
        // First LAC review due 20 working days after 20 March, skipping Easter: Fri 19 April; held on the 17th.
        record("2024-04-17", """
                {"type":"LookedAfterReviewHeld","eventId":"r1","occurredAt":"2024-04-17","recordedBy":"iro"}""");
        // Visit after the move made on Fri 19 April: on time. Next due 6 weeks later: Fri 31 May.
        record("2024-04-19", """
                {"type":"VisitMade","eventId":"v4","occurredAt":"2024-04-19","recordedBy":"sw.three","visitType":"LOOKED_AFTER","childSeen":true,"seenAlone":true}""");
        // Initial health assessment due Fri 19 April (20 working days): done on the 26th, late.
        record("2024-04-26", """
                {"type":"HealthAssessmentCompleted","eventId":"ha","occurredAt":"2024-04-26","recordedBy":"nurse","kind":"INITIAL"}""");
        clock.setDate("2024-05-01");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(breaches(null))
                .extracting(b -> b.get("obligationKey").asString() + "=" + b.get("status").asString()).hasSize(5));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theBreachesAreTheLateIcpcTheLateAndMissedVisitsTheLateOversightAndTheLateHealthAssessment() {
        Map<String, String> breaches = new HashMap<>();
        breaches(null).forEach(b -> breaches.put(b.get("obligationKey").asString(), b.get("status").asString()));
        assertThat(breaches).containsExactlyInAnyOrderEntriesOf(Map.of(
                "icpc/sd", "RESOLVED_LATE",
                "cp-visit/v1", "RESOLVED_LATE",
                "cp-visit/v2", "CLOSED_UNMET",
                "management-oversight/mo1", "RESOLVED_LATE",
                "initial-health-assessment/la", "RESOLVED_LATE"));
        JsonNode icpc = breaches(null).stream().filter(b -> b.get("obligationKey").asString().equals("icpc/sd")).findFirst().orElseThrow();
        assertThat(icpc.get("dueOn").asString()).isEqualTo("2024-01-25");
        assertThat(icpc.get("daysOverdue").asInt()).isEqualTo(5);
    }

    @Test
    void theTeamsKpisOnTheFirstOfMayMatchTheHandCount() {
        Map<String, long[]> expected = Map.ofEntries(
                Map.entry("referral-decision", new long[] {1, 1}),
                Map.entry("assessment", new long[] {1, 1}),
                Map.entry("icpc", new long[] {0, 1}),
                Map.entry("core-group", new long[] {1, 1}),
                Map.entry("rcpc", new long[] {0, 0}),
                Map.entry("cp-visit", new long[] {0, 0}),
                Map.entry("cla-visit", new long[] {1, 1}),
                Map.entry("lac-review", new long[] {1, 1}),
                Map.entry("initial-health-assessment", new long[] {0, 1}),
                Map.entry("management-oversight", new long[] {1, 1}),
                Map.entry("pep", new long[] {0, 0}),
                Map.entry("cp-seen-alone", new long[] {1, 2}),
                Map.entry("repeat-cp-plan", new long[] {0, 1}),
                Map.entry("three-plus-social-workers", new long[] {1, 1}),
                Map.entry("three-plus-placements", new long[] {0, 1}));
        Map<String, JsonNode> kpis = new HashMap<>();
        JSON.readTree(app.get("/api/kpis?team=journey&asOf=2024-05-01").body()).get("kpis")
            .forEach(kpi -> kpis.put(kpi.get("id").asString(), kpi));
        expected.forEach((id, counts) -> {
            assertThat(kpis.get(id).get("numerator").asLong()).as(id + " numerator").isEqualTo(counts[0]);
            assertThat(kpis.get(id).get("denominator").asLong()).as(id + " denominator").isEqualTo(counts[1]);
        });
        assertThat(kpis.get("recorded-late").get("numerator").asLong()).as("recorded late").isEqualTo(1);
        assertThat(kpis.get("icpc").get("meetsTarget").asBoolean()).isFalse();
        assertThat(JSON.readTree(app.get("/api/kpis?team=another-team&asOf=2024-05-01").body()).get("kpis").get(0)
                       .get("denominator").asLong()).isZero();
    }

    /** Runs last: the breaches it raises are, rightly, never taken back. */
    @Test
    @Order(Integer.MAX_VALUE)
    void whenTimePassesWithNoNewEventTheMissedDeadlinesBecomeBreaches() {
        // Nothing recorded after 26 April: the oversight due 3 May and the visit due 31 May pass.
        clock.setDate("2024-06-03");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(breaches("open"))
                .extracting(b -> b.get("obligationKey").asString() + " " + b.get("raisedBy").asString())
                .containsExactlyInAnyOrder("management-oversight/mo2 DEADLINE_PASSED", "cla-visit/v4 DEADLINE_PASSED"));
        JsonNode visit = breaches("open").stream().filter(b -> b.get("rule").asString().equals("cla-visit")).findFirst().orElseThrow();
        assertThat(visit.get("dueOn").asString()).isEqualTo("2024-05-31");
        assertThat(visit.get("daysOverdue").asInt()).isEqualTo(3);
        assertThat(visit.get("teamId").asString()).isEqualTo("journey");
    }

    @Test
    void dueSoonListsWhatFallsDueWithinTheHorizon() {
        // From Wed 1 May, 3 working days reach Mon 6 May... which is a bank holiday, so Tue 7 May.
        JsonNode due = JSON.readTree(app.get("/api/due?team=journey&withinWorkingDays=3").body());
        assertThat(due.get("until").asString()).isEqualTo("2024-05-07");
        assertThat(due.get("due")).extracting(item -> item.get("rule").asString()).containsExactly("management-oversight");
    }

    @Test
    void theChildsComplianceShowsEachDeadlineAsItStoodOnTheDay() {
        JsonNode onFifteenthMarch = JSON.readTree(app.get("/api/children/" + CHILD + "/compliance?asOf=2024-03-15").body());
        Map<String, String> states = new HashMap<>();
        onFifteenthMarch.get("obligations").forEach(o -> states.put(o.get("key").asString(), o.get("state").asString()));
        assertThat(states).containsEntry("cp-visit/v2", "OVERDUE").containsEntry("icpc/sd", "MET_LATE")
                          .containsEntry("core-group/icpc", "MET_ON_TIME");
    }

    private static void record(String recordedOn, String json) {
        clock.setDate(recordedOn);
        assertThat(app.postJson("/api/children/" + CHILD + "/events", json).statusCode()).isEqualTo(201);
    }

    /**
     * The breaches standing against the team. The projection runs behind the clock, so it may briefly
     * see a deadline as missed before the event meeting it is processed; such a breach is withdrawn,
     * kept on record, and not counted here.
     */
    private static List<JsonNode> breaches(String status) {
        String query = status == null ? "" : "&status=" + status;
        JsonNode page = JSON.readTree(app.get("/api/breaches?team=journey" + query).body());
        List<JsonNode> items = new java.util.ArrayList<>();
        page.get("breaches").forEach(breach -> {
            if (!breach.get("status").asString().equals("WITHDRAWN")) {
                items.add(breach);
            }
        });
        return items;
    }
}
