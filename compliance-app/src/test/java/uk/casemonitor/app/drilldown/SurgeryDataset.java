package uk.casemonitor.app.drilldown;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.app.RunningApp;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A small authority built by hand over HTTP, the same every run (a fixed seed): children on CP
 * plans, looked-after children and care leavers in three teams, foster carers, case-file audits,
 * with practice on time, late and missed in varying measure. Recorded on {@link #TODAY}, so older
 * events are recorded late.
 */
public final class SurgeryDataset {

    public static final String TODAY = "2024-12-02";
    public static final List<String> TEAMS = List.of("north", "south", "east");
    private static final LocalDate LAST = LocalDate.parse(TODAY);

    private final Random random = new Random(20240501);
    private long events;

    /** One subject's stream as a JSON array, events after today left out. */
    private static final class Stream {
        private final StringJoiner json = new StringJoiner(",\n", "[", "]");
        private int count;

        void add(String type, LocalDate on, String fields) {
            if (on.isAfter(LAST)) {
                return;
            }
            count++;
            json.add("{\"type\":\"" + type + "\",\"eventId\":\"e" + count + "\",\"occurredAt\":\"" + on
                     + "\",\"recordedBy\":\"sw\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
        }

        String lastId() {
            return "e" + count;
        }
    }

    /** Records the whole authority and waits until the read model has every event. */
    public static void record(RunningApp app) {
        new SurgeryDataset().recordAll(app);
    }

    private void recordAll(RunningApp app) {
        int n = 0;
        for (String team : TEAMS) {
            for (int i = 0; i < 5; i++, n++) {
                post(app, "/api/children/CP-" + team + "-" + i, childProtection(team, n));
                post(app, "/api/children/LA-" + team + "-" + i, lookedAfter(team, n));
                post(app, "/api/children/CL-" + team + "-" + i, careLeaver(team, n));
            }
            for (int i = 0; i < 2; i++) {
                post(app, "/api/foster-carers/FC-" + team + "-" + i, fosterCarer(team, i));
            }
        }
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                jdbc.queryForObject("SELECT COALESCE(SUM(event_count), 0) FROM cm_subject", Long.class) >= events);
    }

    private void post(RunningApp app, String subject, Stream stream) {
        var response = app.postJson(subject + "/events", stream.json.toString());
        assertThat(response.statusCode()).as(subject + ": " + response.body()).isEqualTo(201);
        events += stream.count;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int pick(int... values) {
        return values[random.nextInt(values.length)];
    }

    private void allocate(Stream s, String team, LocalDate start, int n) {
        s.add("TeamAssigned", start, "\"teamId\":\"" + team + "\"");
        s.add("WorkerAllocated", start, "\"workerId\":\"" + team + ".sw" + (n % 3) + "\"");
    }

    /** Some children change social worker twice or more in the year. */
    private void workerChanges(Stream s, String team, LocalDate start) {
        int changes = pick(0, 1, 2, 3);
        for (int c = 1; c <= changes; c++) {
            s.add("WorkerAllocated", start.plusDays(60L * c), "\"workerId\":\"" + team + ".agency" + c + "\"");
        }
    }

    private void audit(Stream s, LocalDate on) {
        if (!chance(0.6)) {
            return;
        }
        String grade = List.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE").get(random.nextInt(4));
        s.add("CaseFileAuditCompleted", on, "\"auditor\":\"qa\",\"grade\":\"" + grade + "\",\"themes\":[\"planning\"],"
              + "\"actions\":[{\"description\":\"update the plan\",\"dueOn\":\"" + on.plusDays(30) + "\"},"
              + "{\"description\":\"see the child alone\",\"dueOn\":\"" + on.plusDays(60) + "\"}]");
        String auditId = s.lastId();
        if (chance(0.6)) {
            s.add("AuditActionCompleted", on.plusDays(pick(10, 45)), "\"auditEventId\":\"" + auditId + "\",\"actionIndex\":0");
        }
    }

    private Stream childProtection(String team, int n) {
        Stream s = new Stream();
        LocalDate start = LocalDate.parse("2024-01-08").plusDays(9L * n);
        allocate(s, team, start, n);
        s.add("ChildDetailsRecorded", start, "\"dateOfBirth\":\"2016-05-01\"");
        s.add("ReferralReceived", start, "\"source\":\"school\"");
        s.add("ReferralDecisionMade", start.plusDays(pick(0, 1, 5)), "\"decision\":\"STRATEGY_DISCUSSION\"");
        s.add("AssessmentStarted", start.plusDays(1), "");
        s.add("StrategyDiscussionHeld", start.plusDays(2), "\"section47Initiated\":true");
        LocalDate icpc = start.plusDays(2 + pick(14, 18, 30));
        s.add("InitialChildProtectionConferenceHeld", icpc, "\"childProtectionPlanMade\":true");
        s.add("ChildProtectionPlanStarted", icpc, "\"category\":\"NEGLECT\"");
        s.add("AssessmentCompleted", start.plusDays(pick(40, 60, 90)), "");
        s.add("CoreGroupMeetingHeld", icpc.plusDays(pick(7, 12, 20)), "");
        LocalDate end = chance(0.4) ? icpc.plusDays(pick(120, 200)) : null;
        LocalDate last = end == null ? LAST : end;
        for (LocalDate visit = icpc.plusDays(pick(5, 10)); !visit.isAfter(last); visit = visit.plusDays(pick(7, 12, 14, 24))) {
            boolean alone = chance(0.7);
            String reason = alone || chance(0.5) ? "" : ",\"reasonNotSeenAlone\":\"parent present, \\\"refused\\\"\"";
            s.add("VisitMade", visit, "\"visitType\":\"CHILD_PROTECTION\",\"childSeen\":true,\"seenAlone\":" + alone + reason);
        }
        for (LocalDate review = icpc.plusDays(pick(80, 100)); !review.isAfter(last); review = review.plusDays(pick(150, 190))) {
            s.add("ReviewChildProtectionConferenceHeld", review, "\"childProtectionPlanContinues\":true");
        }
        for (LocalDate oversight = icpc.plusDays(20); !oversight.isAfter(last); oversight = oversight.plusDays(pick(21, 28, 40))) {
            s.add("ManagementOversightRecorded", oversight, "\"managerId\":\"" + team + ".tm\"");
        }
        workerChanges(s, team, start);
        audit(s, icpc.plusDays(40));
        if (end != null) {
            s.add("ChildProtectionPlanEnded", end, "");
        }
        return s;
    }

    private Stream lookedAfter(String team, int n) {
        Stream s = new Stream();
        LocalDate start = LocalDate.parse("2024-01-15").plusDays(11L * n);
        allocate(s, team, start, n);
        s.add("ChildDetailsRecorded", start, "\"dateOfBirth\":\"" + (n % 2 == 0 ? "2021-03-01" : "2012-03-01") + "\"");
        s.add("BecameLookedAfter", start, "\"legalStatus\":\"C2\"");
        s.add("PlacementStarted", start, "\"placementType\":\"U1\",\"longTerm\":false");
        s.add("HealthAssessmentCompleted", start.plusDays(pick(20, 35)), "\"kind\":\"INITIAL\"");
        s.add("LookedAfterReviewHeld", start.plusDays(pick(21, 30, 40)), "");
        int moves = pick(0, 1, 2, 3);
        for (int m = 1; m <= moves; m++) {
            s.add("PlacementChanged", start.plusDays(50L * m), "\"placementType\":\"U3\",\"longTerm\":false");
        }
        for (LocalDate visit = start.plusDays(pick(3, 9)); !visit.isAfter(LAST); visit = visit.plusDays(pick(30, 40, 55))) {
            boolean alone = chance(0.8);
            s.add("VisitMade", visit, "\"visitType\":\"LOOKED_AFTER\",\"childSeen\":true,\"seenAlone\":" + alone
                                      + (alone ? "" : ",\"reasonNotSeenAlone\":\"child chose\""));
        }
        workerChanges(s, team, start);
        audit(s, start.plusDays(70));
        return s;
    }

    private Stream careLeaver(String team, int n) {
        Stream s = new Stream();
        LocalDate start = LocalDate.parse("2023-10-02").plusDays(13L * n);
        allocate(s, team, start, n);
        s.add("BecameCareLeaver", start, "\"status\":\"" + (n % 2 == 0 ? "RELEVANT" : "FORMER_RELEVANT") + "\"");
        for (LocalDate contact = start.plusDays(20); !contact.isAfter(LAST.minusDays(pick(0, 200))); contact = contact.plusDays(pick(40, 60, 75))) {
            s.add("CareLeaverContactMade", contact, "\"inTouch\":" + chance(0.85) + ",\"accommodationType\":\"flat\","
                  + "\"accommodationSuitable\":" + chance(0.8) + ",\"neet\":" + chance(0.4));
        }
        audit(s, start.plusDays(200));
        return s;
    }

    private Stream fosterCarer(String team, int i) {
        Stream s = new Stream();
        LocalDate approved = LocalDate.parse("2023-02-01").plusDays(40L * i);
        s.add("FosterCarerApproved", approved, "\"carerType\":\"" + (i == 0 ? "MAINSTREAM" : "CONNECTED") + "\"");
        s.add("FosterCarerTeamAssigned", approved, "\"teamId\":\"" + team + "\"");
        if (chance(0.5)) {
            s.add("FosterCarerApprovalReviewed", approved.plusDays(pick(300, 400)), "");
        }
        if (chance(0.5)) {
            s.add("TsdStandardsCompleted", approved.plusDays(pick(200, 500)), "");
        }
        for (LocalDate visit = approved.plusDays(30); !visit.isAfter(LAST); visit = visit.plusDays(pick(35, 50))) {
            s.add("FosterCarerSupervisoryVisitMade", visit, "");
        }
        return s;
    }

    /** Every event date in the dataset is on or before this. */
    static List<String> asOfDates() {
        return new ArrayList<>(List.of("2024-03-29", "2024-08-15", "2024-11-29"));
    }
}
