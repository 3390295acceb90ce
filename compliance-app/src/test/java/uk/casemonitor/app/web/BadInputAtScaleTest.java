package uk.casemonitor.app.web;

import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.PracticeEvent;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of random and malformed requests, from a fixed seed so that a failure can be replayed:
 * random JSON shapes, wrong types, huge and odd strings, nulls, bad dates, unknown types, bad ids in
 * paths, odd headers and content types, odd query parameters. Every answer is 2xx or 4xx, never 5xx,
 * and every event that was stored is a valid one.
 */
class BadInputAtScaleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = Long.getLong("badInput.seed", 9457L);
    private static final int TRIES = Integer.getInteger("badInput.tries", 600);

    private static final List<String> CHILD_TYPES = List.of("ReferralReceived", "ReferralReceived", "VisitMade",
            "ChildProtectionPlanStarted", "TeamAssigned", "StrategyDiscussionHeld", "CaseClosed", "PlacementStarted",
            "BecameLookedAfter", "ChildDetailsRecorded", "ManagementOversightRecorded", "ManagementOversightRecorded",
            "BreachAcknowledged", "FosterCarerApproved", "Nonsense", "");
    private static final List<String> CARER_TYPES = List.of("FosterCarerApproved", "FosterCarerTeamAssigned",
            "FosterCarerUnannouncedVisitMade", "TsdStandardsCompleted", "VisitMade");
    private static final List<String> FIELDS = List.of("eventId", "occurredAt", "recordedBy", "recordedAt", "childId",
            "carerId", "teamId", "visitType", "childSeen", "seenAlone", "category", "decision", "section47Initiated",
            "carerType", "dateOfBirth", "reason", "source", "type", "workerId", "longTerm", "colour", "__proto__");
    private static final List<String> ODD_STRINGS = List.of("", " ", "null", "\u0000", "\uD83D\uDE00\u202E\u0301",
            "Ω≈ç√∫", "' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "\\\\", "\"",
            "2024-02-30", "2024-13-01", "9999-12-31", "0000-01-01", "-2024-01-01", "2024-1-1", "20240101",
            "2024-01-01T10:00:00Z", "CHILD_PROTECTION", "NEGLECT", "north", "true", "1e309", "NaN");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json; charset=UTF-8", "application/json; charset=ISO-8859-1", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/problem+json",
            "*/*", "application/json;;;", "gibberish");

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(),
                                      "compliance.api.max-request-bytes", "65536"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void randomAndMalformedRequestsAreAnsweredWith2xxOr4xxAndOnlyValidEventsAreStored() {
        Random random = new Random(SEED);
        Set<String> childrenWritten = new LinkedHashSet<>();
        Set<String> carersWritten = new LinkedHashSet<>();
        List<String> serverErrors = new ArrayList<>();
        int[] byClass = new int[6];
        for (int attempt = 0; attempt < TRIES; attempt++) {
            boolean carer = random.nextInt(5) == 0;
            String id = subjectId(random);
            HttpRequest request = request(random, carer, id);
            HttpResponse<String> response = app.send(request);
            int status = response.statusCode();
            byClass[status / 100]++;
            if (status >= 500) {
                serverErrors.add("#" + attempt + " " + request.method() + " " + request.uri() + " -> " + status + " "
                                 + response.body());
            }
            if (status / 100 == 2 && request.method().equals("POST")) {
                (carer ? carersWritten : childrenWritten).add(java.net.URLDecoder.decode(id, StandardCharsets.UTF_8));
            }
            if (status >= 400) {
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as("#%d %s %s -> %d %s", attempt, request.method(), request.uri(), status, response.body())
                        .contains("application/problem+json");
            }
        }
        System.out.printf("Bad input: %d requests (seed %d): 2xx %d, 4xx %d, 5xx %d; %d children and %d carers got events%n",
                          TRIES, SEED, byClass[2], byClass[4], byClass[5], childrenWritten.size(), carersWritten.size());
        assertThat(serverErrors).isEmpty();
        assertThat(byClass[2]).as("some random requests were valid and stored").isPositive();
        childrenWritten.forEach(child -> assertEveryStoredEventIsValid(EventStream.CHILD_CASE, child));
        carersWritten.forEach(carer -> assertEveryStoredEventIsValid(EventStream.FOSTER_CARER, carer));
    }

    private static void assertEveryStoredEventIsValid(EventStream<?> stream, String id) {
        Validator validator = app.bean(Validator.class);
        for (EventIngestion.StoredEvent<?> stored : app.bean(EventIngestion.class).read(stream, id)) {
            PracticeEvent event = stored.event();
            assertThat(validator.validate(event)).as("%s %s", id, event).isEmpty();
            assertThat(event.subjectId()).isEqualTo(id);
            assertThat(event.occurredAt()).isBeforeOrEqualTo(CaseTime.dateOf(event.recordedAt()));
            assertThat(event.recordedBy()).isEqualTo(RunningApp.DEFAULT_USER);
        }
    }

    private static HttpRequest request(Random random, boolean carer, String id) {
        String base = carer ? "/api/foster-carers/" : "/api/children/";
        int kind = random.nextInt(10);
        HttpRequest.Builder builder;
        if (kind < 6) {
            builder = HttpRequest.newBuilder(uri(base + id + "/events"))
                    .POST(HttpRequest.BodyPublishers.ofString(body(random, carer)));
            builder.header("Content-Type", random.nextInt(3) > 0 ? "application/json" : pick(random, CONTENT_TYPES));
        } else if (kind < 7) {
            builder = HttpRequest.newBuilder(uri(base + id + "/breaches/acknowledgements"))
                    .POST(HttpRequest.BodyPublishers.ofString(json(randomJson(random, 3))))
                    .header("Content-Type", "application/json");
        } else {
            String path = pick(random, List.of(base + id + "/events", base + id + "/compliance", base + id + "/history",
                    base + id + "/history/verify", base + id + "/history/export", "/api/kpis", "/api/breaches", "/api/due",
                    "/api/rules", "/api/admin/access-log", "/api/admin/processors", base + id + "/nothing-here"));
            builder = HttpRequest.newBuilder(uri(path + query(random))).GET();
        }
        if (random.nextInt(4) == 0) {
            builder.header("Accept", pick(random, List.of("application/xml", "text/html", "*/*", "application/json", "x/y")));
        }
        if (random.nextInt(4) == 0) {
            builder.header("X-Forwarded-For", pick(random, ODD_STRINGS).replaceAll("[^ -~]", "?"));
        }
        return builder.build();
    }

    private static String body(Random random, boolean carer) {
        return switch (random.nextInt(8)) {
            case 0 -> json(randomJson(random, 4));
            case 1 -> truncate(random, json(event(random, carer)));
            case 2 -> json(List.of(event(random, carer), event(random, carer)));
            case 3 -> "[".repeat(1 + random.nextInt(3000)) + "]".repeat(random.nextInt(3000));
            case 4 -> new String(bytes(random), StandardCharsets.ISO_8859_1);
            default -> json(event(random, carer));
        };
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A valid event of a random type (about half the time), or one with a few random mutations. */
    private static Map<String, Object> event(Random random, boolean carer) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        String type = pick(random, carer ? CARER_TYPES : CHILD_TYPES);
        event.put("type", type);
        event.put("eventId", "e-" + random.nextInt(50));
        event.put("occurredAt", LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900)).toString());
        event.put("recordedBy", "client");
        switch (type) {
            case "TeamAssigned", "FosterCarerTeamAssigned" -> event.put("teamId", pick(random, List.of("north", "south")));
            case "StrategyDiscussionHeld" -> event.put("section47Initiated", random.nextBoolean());
            case "ChildProtectionPlanStarted" -> event.put("category", "NEGLECT");
            case "ChildDetailsRecorded" -> event.put("dateOfBirth", "2015-03-04");
            case "FosterCarerApproved" -> event.put("carerType", "MAINSTREAM");
            case "VisitMade" -> event.put("visitType", "CHILD_PROTECTION");
            default -> { }
        }
        if (random.nextBoolean()) {
            return event;
        }
        for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
            String field = pick(random, FIELDS);
            switch (random.nextInt(5)) {
                case 0 -> event.remove(field);
                case 1 -> event.put(field, null);
                case 2 -> event.put(field, pick(random, ODD_STRINGS));
                case 3 -> event.put(field, randomJson(random, 2));
                default -> event.put(field, "x".repeat(random.nextInt(2) == 0 ? 101 : 70_000));
            }
        }
        return event;
    }

    private static Object randomJson(Random random, int depth) {
        int choice = depth <= 0 ? random.nextInt(6) : random.nextInt(8);
        return switch (choice) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt(5) == 0 ? Double.MAX_VALUE : random.nextLong();
            case 3, 4 -> pick(random, ODD_STRINGS);
            case 5 -> random.nextDouble();
            case 6 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomJson(random, depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new java.util.LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(pick(random, FIELDS), randomJson(random, depth - 1));
                }
                yield map;
            }
        };
    }

    private static String query(Random random) {
        if (random.nextBoolean()) {
            return "";
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            parameters.add(pick(random, List.of("asOf", "knownAt", "team", "worker", "status", "page", "size", "since",
                    "withinWorkingDays", "rule", "child", "limit", "user")) + "="
                    + URLEncoder.encode(pick(random, ODD_STRINGS) + (random.nextBoolean() ? "" : random.nextInt()),
                                        StandardCharsets.UTF_8));
        }
        return "?" + String.join("&", parameters);
    }

    private static String subjectId(Random random) {
        String id = switch (random.nextInt(8)) {
            case 0 -> "x".repeat(65 + random.nextInt(200));
            case 1 -> pick(random, ODD_STRINGS);
            case 2 -> "-leading-dash";
            default -> "Q-" + random.nextInt(12);
        };
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        return encoded.isEmpty() ? "%20" : encoded;
    }

    private static String truncate(Random random, String json) {
        return json.substring(0, random.nextInt(Math.max(1, json.length())));
    }

    private static byte[] bytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static URI uri(String path) {
        return app.uri(path);
    }
}
