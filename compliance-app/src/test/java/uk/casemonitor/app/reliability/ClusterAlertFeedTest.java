package uk.casemonitor.app.reliability;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.casemonitor.app.PostgresSchema;
import uk.casemonitor.app.alerts.SseRecorder;
import uk.casemonitor.core.recording.CaseTime;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL store, each holding one of the {@code compliance} processor's segments,
 * so each raises the breaches of its own half of the children. A team manager watching the feed on
 * either node sees every alert of their team once, whichever node raised it: for every alert one of
 * the two managers is connected to the node that does not own that child's segment. Run by .ci/run.
 */
@Tag("postgres")
class ClusterAlertFeedTest {

    @Test
    void aManagerOnEitherNodeSeesEveryAlertOfTheTeamOnceWithinTwoSeconds() throws Exception {
        List<String> children = IntStream.range(0, 40).mapToObj(i -> "CL-%03d".formatted(i)).toList();
        List<String> referredToday = children.subList(0, 10);
        String today = CaseTime.dateOf(Instant.now()).toString();
        PostgresSchema schema = PostgresSchema.create("alerts_");
        try {
            CompletableFuture<AppProcess> startingB = CompletableFuture.supplyAsync(() -> node(schema, "node-b"));
            AppProcess a = node(schema, "node-a");
            AppProcess b = startingB.join();
            try (a; b) {
                MultiNodeTest.awaitUntil(Duration.ofSeconds(60),
                        () -> MultiNodeTest.owners(a).equals(Set.of("node-a", "node-b")));
                SseRecorder onA = new SseRecorder(a.uri("/api/alerts/stream?team=north"), "tm.north");
                SseRecorder onB = new SseRecorder(b.uri("/api/alerts/stream?team=north"), "tm.north");
                await().atMost(Duration.ofSeconds(10)).until(() -> onA.isConnected() && onB.isConnected());

                // Every child's initial child protection conference was due within 15 working days of a strategy
                // discussion in January 2024 and is recorded as not yet held: a breach, raised by whichever node
                // owns the child's segment. Ten were also referred today: their referral decision falls due soon.
                for (String child : children) {
                    String referral = referredToday.contains(child) ? """
                            ,{"type":"ReferralReceived","eventId":"r","occurredAt":"%s","recordedBy":"duty"}""".formatted(today) : "";
                    assertThat(a.postJson("recorder", "/api/children/" + child + "/events", """
                            [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"north"},
                             {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-01-02","recordedBy":"sw",
                              "section47Initiated":true}%s]""".formatted(referral)).statusCode()).isEqualTo(201);
                }

                Set<String> expected = new HashSet<>();
                children.forEach(child -> expected.add("CHILD:" + child + ":icpc/sd:breach-raised"));
                referredToday.forEach(child -> expected.add("CHILD:" + child + ":referral-decision/r:due-soon"));
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(alertIds(onA)).containsAll(expected);
                    assertThat(alertIds(onB)).containsAll(expected);
                });
                // Time for a repeat to arrive, if there were one.
                AppProcess.sleep(3000);

                assertThat(MultiNodeTest.segmentsOf(MultiNodeTest.status(a))).allSatisfy(segment -> assertThat(
                        segment.get("position").asLong()).as("both nodes processed events and raised breaches").isPositive());
                assertThat(alertIds(onA)).as("each alert once on node-a's feed").doesNotHaveDuplicates();
                assertThat(alertIds(onB)).as("each alert once on node-b's feed").doesNotHaveDuplicates();
                assertThat(Set.copyOf(alertIds(onA))).isEqualTo(Set.copyOf(alertIds(onB)));

                // The node that raised an alert hands it to its own managers at once; the other node's managers get
                // it through the database: the gap between the two is the cluster's delivery time.
                Map<String, Long> atA = receipts(onA);
                Map<String, Long> atB = receipts(onB);
                List<Double> millis = atA.keySet().stream()
                        .map(id -> Math.abs(atA.get(id) - atB.get(id)) / 1e6).sorted().toList();
                double p99 = percentile(millis, 0.99);
                System.out.printf("Cluster alert feed: %d alerts on both nodes' feeds once each; delivery to the other node "
                                  + "p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                                  millis.size(), percentile(millis, 0.5), p99, millis.get(millis.size() - 1));
                assertThat(p99).as("p99 of delivery to the other node, ms").isLessThan(2000);
            }
        } finally {
            schema.drop();
        }
    }

    private static AppProcess node(PostgresSchema schema, String name) {
        Map<String, String> properties = new HashMap<>(schema.datasourceProperties());
        properties.put("compliance.node-id", name);
        properties.put("compliance.deadline-check", "500ms");
        return AppProcess.start(properties, AppProcess.logFile("cluster-alerts-" + name), "postgres");
    }

    private static List<String> alertIds(SseRecorder feed) {
        return feed.received().stream().map(received -> received.data().get("alertId").asString()).toList();
    }

    private static Map<String, Long> receipts(SseRecorder feed) {
        return feed.received().stream().collect(Collectors.toMap(
                received -> received.data().get("alertId").asString(), SseRecorder.Received::receivedNanos));
    }

    private static double percentile(List<Double> sorted, double fraction) {
        return sorted.get(Math.max(0, (int) Math.ceil(fraction * sorted.size()) - 1));
    }
}
