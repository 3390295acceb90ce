package uk.casemonitor.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and checking a bcrypt hash costs tens of
 * milliseconds of CPU by design: a busy connector would spend most of a core on it. So a password
 * that passed the bcrypt check is remembered for a few minutes, as an HMAC under a key that exists
 * only in this process's memory, and the same user and password are accepted from that until it
 * expires. Failed attempts are never remembered: every wrong password pays the full bcrypt price.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(byte[] mac, Authentication result, Instant until) {
    }

    private final AuthenticationProvider bcryptChecked;
    private final Duration remembered;
    private final Clock clock;
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    VerifiedCredentials(AuthenticationProvider bcryptChecked, Duration remembered, Clock clock) {
        this.bcryptChecked = bcryptChecked;
        this.remembered = remembered;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || !(credentials instanceof String password)) {
            return bcryptChecked.authenticate(authentication);
        }
        byte[] mac = mac(user, password);
        Instant now = clock.instant();
        Remembered known = verified.get(user);
        if (known != null && known.until().isAfter(now) && MessageDigest.isEqual(known.mac(), mac)) {
            return known.result();
        }
        Authentication result = bcryptChecked.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(user, new Remembered(mac, result, now.plus(remembered)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] mac(String user, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(user.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
