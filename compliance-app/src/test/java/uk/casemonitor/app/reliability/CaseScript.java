package uk.casemonitor.app.reliability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A child's child-protection journey as the events a case-management system would send, one per
 * request, in order: team, referral, strategy discussion, an ICPC (some late), a plan and its visits
 * (some late). Every event is valid against the aggregate's rules. The same seed gives the same
 * journeys, so two runs can be compared.
 */
final class CaseScript {

    static final List<String> TEAMS = List.of("north", "south", "east");

    private CaseScript() {
    }

    /** The events of one child, as JSON objects in the order they are to be sent. */
    static List<String> eventsOf(String childId, long seed) {
        Random random = new Random(seed ^ childId.hashCode());
        LocalDate referral = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(200));
        List<String> events = new ArrayList<>();
        String team = TEAMS.get(Math.floorMod(childId.hashCode(), TEAMS.size()));
        events.add(event("TeamAssigned", "team", referral, "\"teamId\":\"" + team + "\""));
        events.add(event("ReferralReceived", "referral", referral, "\"source\":\"school\""));
        events.add(event("ReferralDecisionMade", "decision", referral.plusDays(1), "\"decision\":\"STRATEGY_DISCUSSION\""));
        LocalDate strategy = referral.plusDays(2);
        events.add(event("StrategyDiscussionHeld", "sd", strategy, "\"section47Initiated\":true"));
        events.add(event("Section47EnquiryStarted", "s47", strategy, ""));
        LocalDate icpc = strategy.plusDays(14 + random.nextInt(16));
        events.add(event("InitialChildProtectionConferenceHeld", "icpc", icpc, "\"childProtectionPlanMade\":true"));
        events.add(event("ChildProtectionPlanStarted", "plan", icpc, "\"category\":\"NEGLECT\""));
        LocalDate visit = icpc;
        int visits = 2 + random.nextInt(6);
        for (int i = 1; i <= visits; i++) {
            visit = visit.plusDays(6 + random.nextInt(14));
            boolean seenAlone = random.nextInt(4) > 0;
            events.add(event("VisitMade", "visit-" + i, visit, "\"visitType\":\"CHILD_PROTECTION\",\"childSeen\":true,"
                    + "\"seenAlone\":" + seenAlone + (seenAlone ? "" : ",\"reasonNotSeenAlone\":\"parent present\"")));
        }
        if (random.nextBoolean()) {
            events.add(event("CoreGroupMeetingHeld", "core-group", icpc.plusDays(8 + random.nextInt(5)), ""));
        }
        return events;
    }

    static String eventIdOf(String json) {
        int start = json.indexOf("\"eventId\":\"") + 11;
        return json.substring(start, json.indexOf('"', start));
    }

    private static String event(String type, String eventId, LocalDate occurredAt, String fields) {
        return "{\"type\":\"" + type + "\",\"eventId\":\"" + eventId + "\",\"occurredAt\":\"" + occurredAt + "\""
                + ",\"recordedBy\":\"sw\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }
}
