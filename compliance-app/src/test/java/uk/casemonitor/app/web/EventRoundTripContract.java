package uk.casemonitor.app.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every supported database must do: events recorded over HTTP for several children and a
 * carer are read back unchanged after the application is stopped and started again on the same store.
 */
abstract class EventRoundTripContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Properties that point the application at this test's database. */
    protected abstract Map<String, String> databaseProperties();

    protected abstract String[] profiles();

    @Test
    void everyRecordedEventIsReadBackUnchangedAfterARestart() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> children = List.of("C-" + run + "-1", "C-" + run + "-2", "C-" + run + "-3");
        String carer = "FC-" + run;
        Map<String, JsonNode> before = new LinkedHashMap<>();

        try (RunningApp app = RunningApp.start(databaseProperties(), profiles())) {
            for (String child : children) {
                assertThat(app.postJson("/api/children/" + child + "/events", """
                        [{"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"mash.duty","source":"school"},
                         {"type":"StrategyDiscussionHeld","eventId":"sd1","occurredAt":"2024-01-04","recordedBy":"sw.khan","section47Initiated":true},
                         {"type":"InitialChildProtectionConferenceHeld","eventId":"icpc1","occurredAt":"2024-01-25","recordedBy":"chair.lee","childProtectionPlanMade":true},
                         {"type":"ChildProtectionPlanStarted","eventId":"cp1","occurredAt":"2024-01-25","recordedBy":"chair.lee","category":"NEGLECT"}]
                        """).statusCode()).isEqualTo(201);
                assertThat(app.postJson("/api/children/" + child + "/events", """
                        {"type":"VisitMade","eventId":"v1","occurredAt":"2024-02-05","recordedBy":"sw.khan",
                         "visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"child asleep"}
                        """).statusCode()).isEqualTo(201);
            }
            assertThat(app.postJson("/api/foster-carers/" + carer + "/events", """
                    [{"type":"FosterCarerApproved","eventId":"a1","occurredAt":"2023-03-01","recordedBy":"panel","carerType":"CONNECTED"},
                     {"type":"FosterCarerApprovalReviewed","eventId":"rv1","occurredAt":"2024-02-20","recordedBy":"iro.smith"}]
                    """).statusCode()).isEqualTo(201);

            for (String child : children) {
                before.put(child, readStream(app, "/api/children/" + child + "/events", 5));
            }
            before.put(carer, readStream(app, "/api/foster-carers/" + carer + "/events", 2));
        }

        try (RunningApp restarted = RunningApp.start(databaseProperties(), profiles())) {
            for (String child : children) {
                assertThat(readStream(restarted, "/api/children/" + child + "/events", 5)).isEqualTo(before.get(child));
            }
            assertThat(readStream(restarted, "/api/foster-carers/" + carer + "/events", 2)).isEqualTo(before.get(carer));

            // A client retrying after the restart stores nothing new.
            HttpResponse<String> retry = restarted.postJson("/api/children/" + children.get(0) + "/events", """
                    {"type":"VisitMade","eventId":"v1","occurredAt":"2024-02-05","recordedBy":"sw.khan",
                     "visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"child asleep"}
                    """);
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(retry.body()).get("alreadyRecorded").asInt()).isEqualTo(1);
            assertThat(readStream(restarted, "/api/children/" + children.get(0) + "/events", 5))
                    .isEqualTo(before.get(children.get(0)));
        }
    }

    private static JsonNode readStream(RunningApp app, String path, int expectedCount) {
        HttpResponse<String> response = app.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode stream = JSON.readTree(response.body());
        assertThat(stream.get("count").asInt()).isEqualTo(expectedCount);
        assertThat(stream.get("events").get(0).get("recordedAt").asString()).isNotBlank();
        return stream;
    }
}
