package uk.casemonitor.app;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application started for real on a random port, talked to over HTTP, and stopped again, so a
 * test can restart it on the same database. It has the {@link #TEST_USERS} configured, and every
 * request is sent as {@link #DEFAULT_USER} unless the test says otherwise ({@link #as(String)},
 * {@link #anonymous()}, or an Authorization header of its own).
 */
public final class RunningApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The user every request is made as by default: may record, administer, audit and read KPIs. */
    public static final String DEFAULT_USER = "test-admin";

    /** A configured test user; the password is {@link #passwordOf(String)}. */
    public record TestUser(List<String> roles, List<String> teams) {
    }

    /** Test users by name. */
    public static final Map<String, TestUser> TEST_USERS = testUsers();

    private final ConfigurableApplicationContext context;
    private final int port;
    private final Client defaultClient;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.defaultClient = new Client(authorization(DEFAULT_USER));
    }

    private static Map<String, TestUser> testUsers() {
        Map<String, TestUser> users = new java.util.LinkedHashMap<>();
        users.put(DEFAULT_USER, new TestUser(List.of("ADMIN", "RECORDER", "AUDITOR", "PERFORMANCE"), List.of()));
        users.put("admin", new TestUser(List.of("ADMIN"), List.of()));
        users.put("recorder", new TestUser(List.of("RECORDER"), List.of()));
        users.put("auditor", new TestUser(List.of("AUDITOR"), List.of()));
        users.put("performance", new TestUser(List.of("PERFORMANCE"), List.of()));
        users.put("tm.north", new TestUser(List.of("TEAM_MANAGER"), List.of("north")));
        users.put("tm.south", new TestUser(List.of("TEAM_MANAGER"), List.of("south")));
        return java.util.Collections.unmodifiableMap(users);
    }

    public static String passwordOf(String user) {
        return user + "-password";
    }

    /** An HTTP Basic Authorization header value for a test user. */
    public static String authorization(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + passwordOf(user)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The test users as {@code compliance.security.users[...]} properties (bcrypt at its lowest cost, for speed). */
    public static Map<String, String> testUserProperties() {
        org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder bcrypt =
                new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4);
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        TEST_USERS.forEach((name, user) -> {
            String prefix = "compliance.security.users[" + name + "].";
            properties.put(prefix + "password", bcrypt.encode(passwordOf(name)));
            properties.put(prefix + "roles", String.join(",", user.roles()));
            if (!user.teams().isEmpty()) {
                properties.put(prefix + "teams", String.join(",", user.teams()));
            }
        });
        return properties;
    }

    public static RunningApp start(Map<String, String> properties, String... profiles) {
        return start(properties, null, profiles);
    }

    /** Starts the app with a test's clock in place of the system clock. */
    public static RunningApp start(Map<String, String> properties, Clock clock, String... profiles) {
        return start(List.of(), properties, clock, profiles);
    }

    /** Starts the app with more components than the server's own, as the runnable jar adds demo mode. */
    public static RunningApp startWith(List<Class<?>> components, Map<String, String> properties) {
        return start(components, properties, null);
    }

    private static RunningApp start(List<Class<?>> components, Map<String, String> properties, Clock clock,
                                    String... profiles) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=0");
        testUserProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        List<Class<?>> sources = new ArrayList<>(List.of(CaseMonitorApplication.class));
        sources.addAll(components);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).profiles(profiles);
        if (clock != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        }
        return new RunningApp(builder.run(args.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public HttpResponse<String> get(String path) {
        return defaultClient.get(path);
    }

    public HttpResponse<String> postJson(String path, String json) {
        return defaultClient.postJson(path, json);
    }

    /** Sends as {@link #DEFAULT_USER}, unless the request carries an Authorization header of its own. */
    public HttpResponse<String> send(HttpRequest request) {
        return defaultClient.send(request);
    }

    /** Requests made as another of the {@link #TEST_USERS}. */
    public Client as(String user) {
        return new Client(authorization(user));
    }

    /** Requests made without credentials. */
    public Client anonymous() {
        return new Client(null);
    }

    /** Talks to the app as one user. */
    public final class Client {

        private final String authorization;

        private Client(String authorization) {
            this.authorization = authorization;
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        public HttpResponse<String> postJson(String path, String json) {
            return send(HttpRequest.newBuilder(uri(path))
                                   .header("Content-Type", "application/json")
                                   .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        public HttpResponse<String> send(HttpRequest request) {
            HttpRequest signed = request;
            if (authorization != null && request.headers().firstValue("Authorization").isEmpty()) {
                signed = HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", authorization).build();
            }
            try {
                return HTTP.send(signed, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Override
    public void close() {
        context.close();
    }
}
