package uk.casemonitor.app.alerts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Server-Sent Events client that keeps every event it receives, and when, for assertions. */
public final class SseRecorder {

    /** @param receivedNanos {@link System#nanoTime()} on receipt, to measure delivery times */
    public record Received(String event, JsonNode data, long receivedNanos) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean connected;

    public SseRecorder(URI uri) {
        this(uri, RunningApp.DEFAULT_USER);
    }

    public SseRecorder(URI uri, String user) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                                         .header("Authorization", RunningApp.authorization(user)).GET().build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            connected = response.statusCode() == 200;
            String[] event = new String[1];
            response.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring(6).trim();
                } else if (line.startsWith("data:") && event[0] != null) {
                    received.add(new Received(event[0], JSON.readTree(line.substring(5).trim()), System.nanoTime()));
                } else if (line.isEmpty()) {
                    event[0] = null;
                }
            });
        });
    }

    public boolean isConnected() {
        return connected;
    }

    /** The alerts received: not the stream's own "subscribed" and "heartbeat" events. */
    public List<Received> received() {
        return received.stream().filter(r -> !r.event().equals("subscribed") && !r.event().equals("heartbeat")).toList();
    }

    public List<Received> received(String event) {
        return received.stream().filter(r -> r.event().equals(event)).toList();
    }
}
