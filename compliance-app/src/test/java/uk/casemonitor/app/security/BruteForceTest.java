package uk.casemonitor.app.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords: a user name or an address with repeated wrong passwords is first slowed, then
 * refused for a while (429, with Retry-After), without its passwords being checked any more; other
 * users signing in from elsewhere notice nothing. Requests come from several loopback addresses
 * (127.0.0.x), so the monitor sees them as different machines.
 */
class BruteForceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void repeatedWrongPasswordsForOneUserAreSlowedThenRefusedForFifteenMinutesWhileAnotherUserSignsIn() {
        MutableClock clock = MutableClock.at("2024-03-04");
        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()), clock)) {
            Caller guesser = new Caller(app, "127.0.0.2");
            // Five mistakes cost nothing more than a 401.
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(guesser.signIn("tm.north", "guess-" + attempt).status()).isEqualTo(401);
            }
            // The sixth must wait a second: refused, even with the right password, which is not checked.
            Answer slowed = guesser.signIn("tm.north", RunningApp.passwordOf("tm.north"));
            assertTooMany(slowed, "user tm.north");
            assertThat(slowed.header("Retry-After")).isEqualTo("1");

            // Waiting as told, each further guess is checked again, and each doubles the wait (1, 2, 4, 8 s).
            for (int attempt = 6; attempt <= 10; attempt++) {
                clock.set(clock.instant().plusSeconds(1L << (attempt - 6)));
                assertThat(guesser.signIn("tm.north", "guess-" + attempt).status()).as("attempt " + attempt).isEqualTo(401);
            }
            // Ten wrong passwords: refused for fifteen minutes, from this machine and from any other.
            clock.set(clock.instant().plusSeconds(60));
            Answer refused = guesser.signIn("tm.north", RunningApp.passwordOf("tm.north"));
            assertTooMany(refused, "user tm.north");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(13 * 60L, 14 * 60L);
            assertTooMany(new Caller(app, "127.0.0.4").signIn("tm.north", RunningApp.passwordOf("tm.north")), "user tm.north");

            // Another manager at another machine signs in as usual meanwhile.
            assertThat(new Caller(app, "127.0.0.3").signIn("tm.south", RunningApp.passwordOf("tm.south")).status()).isEqualTo(200);

            // Fifteen minutes after the last wrong password the user signs in again.
            clock.set(clock.instant().plusSeconds(14 * 60));
            assertThat(guesser.signIn("tm.north", RunningApp.passwordOf("tm.north")).status()).isEqualTo(200);
        }
    }

    @Test
    void oneAddressTryingManyUserNamesIsRefusedWhileAnotherUserAtAnotherAddressSignsIn() {
        MutableClock clock = MutableClock.at("2024-03-04");
        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()), clock)) {
            Caller sprayer = new Caller(app, "127.0.0.5");
            // One guess for each of twenty names (each user's own count stays below its limit)...
            for (int name = 1; name <= 20; name++) {
                assertThat(sprayer.signIn("worker" + name, "Summer2024!").status()).isEqualTo(401);
            }
            // ...and the address must wait, whoever it signs in as.
            assertTooMany(sprayer.signIn("recorder", RunningApp.passwordOf("recorder")), "address 127.0.0.5");

            assertThat(new Caller(app, "127.0.0.6").signIn("auditor", RunningApp.passwordOf("auditor")).status()).isEqualTo(200);
            // The user refused at that address signs in from their own machine.
            assertThat(new Caller(app, "127.0.0.7").signIn("recorder", RunningApp.passwordOf("recorder")).status()).isEqualTo(200);
        }
    }

    private static void assertTooMany(Answer answer, String who) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(429);
        assertThat(answer.header("Content-Type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:casemonitor:problem:too-many-sign-in-attempts");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains(who);
        assertThat(answer.header("Retry-After")).isNotNull();
    }

    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * A client on one loopback address. Java's HttpClient cannot choose its local address, so this
     * speaks HTTP/1.1 over a socket bound to it: one request per connection.
     */
    private record Caller(RunningApp app, String address) {

        Answer signIn(String user, String password) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            int port = app.uri("/").getPort();
            try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(address), 0)) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/rules HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic " + credentials
                           + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return parse(socket.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Answer parse(InputStream in) throws IOException {
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int endOfHeaders = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, endOfHeaders).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            String body = response.substring(endOfHeaders + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, body);
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
