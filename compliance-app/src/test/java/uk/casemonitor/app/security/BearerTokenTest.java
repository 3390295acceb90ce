package uk.casemonitor.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The OIDC option: a JWT from the identity provider signs the user in, its claims give the user's
 * name, roles and teams, and the same rules apply as to configured users. The issuer is stood in
 * for by a key pair made here (the oidc profile names a real issuer instead).
 */
class BearerTokenTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static RunningApp app;
    private static KeyPair issuer;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        issuer = generator.generateKeyPair();
        Path publicKey = dir.resolve("issuer.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(issuer.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        app = RunningApp.start(Map.of("compliance.data-dir", dir.resolve("data").toString(),
                "spring.security.oauth2.resourceserver.jwt.public-key-location", publicKey.toUri().toString()));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theTokensClaimsGiveTheUsersNameRolesAndTeams() throws Exception {
        String recorder = token(issuer, "c0ffee-1", "connector.lcs", List.of("RECORDER"), List.of());
        assertThat(send(recorder, HttpRequest.newBuilder(app.uri("/api/children/J-1/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"x","teamId":"north"},
                         {"type":"ReferralReceived","eventId":"r","occurredAt":"2024-01-02","recordedBy":"x"}]""")))
                .statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(app.get("/api/children/J-1/events").body()).get("events").get(0).get("recordedBy").asString())
                .isEqualTo("connector.lcs");

        String manager = token(issuer, "c0ffee-2", "tm.jwt", List.of("team_manager"), List.of("north"));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                send(manager, HttpRequest.newBuilder(app.uri("/api/children/J-1/events")).GET()).statusCode() == 200);
        assertThat(send(manager, HttpRequest.newBuilder(app.uri("/api/breaches?team=north")).GET()).statusCode()).isEqualTo(200);
        assertThat(send(manager, HttpRequest.newBuilder(app.uri("/api/breaches?team=south")).GET()).statusCode()).isEqualTo(403);
        assertThat(send(manager, HttpRequest.newBuilder(app.uri("/api/children/J-1/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenNotSignedByTheIssuerOrExpiredIsRefused() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        HttpResponse<String> forged = send(token(stranger, "x", "mallory", List.of("AUDITOR"), List.of()),
                HttpRequest.newBuilder(app.uri("/api/kpis")).GET());
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        SignedJWT expired = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject("x").claim("roles", List.of("AUDITOR")).expirationTime(Date.from(Instant.now().minusSeconds(600))).build());
        expired.sign(new RSASSASigner((RSAPrivateKey) issuer.getPrivate()));
        assertThat(send(expired.serialize(), HttpRequest.newBuilder(app.uri("/api/kpis")).GET()).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> send(String token, HttpRequest.Builder request) {
        return app.send(request.header("Authorization", "Bearer " + token).build());
    }

    private static String token(KeyPair key, String subject, String userName, List<String> roles, List<String> teams)
            throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject(subject).claim("preferred_username", userName).claim("roles", roles).claim("teams", teams)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }
}
