package uk.casemonitor.app.imports;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import uk.casemonitor.imports.returns.EventLines;

/** Talks to the running application's import and stream endpoints the way an administrator's client would. */
final class ImportApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningApp app;

    ImportApi(RunningApp app) {
        this.app = app;
    }

    HttpResponse<String> upload(String path, Multipart multipart) {
        return app.send(HttpRequest.newBuilder(app.uri(path))
                                   .header("Content-Type", multipart.contentType())
                                   .POST(multipart.publisher()).build());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return app.send(HttpRequest.newBuilder(app.uri(path))
                                   .header("Content-Type", contentType)
                                   .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** The import report of a successful upload. */
    static JsonNode report(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/json"));
        return JSON.readTree(response.body());
    }

    /** The child's stream as read back through the event API, one line per event. */
    List<String> stream(String childId) {
        HttpResponse<String> response = app.get("/api/children/" + childId + "/events");
        assertThat(response.statusCode()).as(childId + ": " + response.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        JSON.readTree(response.body()).get("events").forEach(event -> lines.add(EventLines.of(event)));
        return lines;
    }

    JsonNode streamJson(String childId) {
        return JSON.readTree(app.get("/api/children/" + childId + "/events").body());
    }

    int status(String path) {
        return app.get(path).statusCode();
    }

    /** A 400 problem naming the part or field to blame. */
    static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).as(response.body()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}
