package uk.casemonitor.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;

/**
 * Puts the {@link LoginThrottle} in front of the password check: an attempt from a user or an
 * address that has had too many wrong passwords is refused before any bcrypt work is done, and
 * every wrong password is counted against both.
 */
final class ThrottledLogins implements AuthenticationProvider {

    /** Answered with 429 and {@code Retry-After} by {@link ProblemResponses}. */
    static final class TooManyAttempts extends AuthenticationException {

        private final transient Duration retryAfter;

        TooManyAttempts(String reason, Duration retryAfter) {
            super(reason);
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, rounded up, as {@code Retry-After} takes them. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogins(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = String.valueOf(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "(unknown address)";
        var refusal = throttle.check(user, address);
        if (refusal.isPresent()) {
            throw new TooManyAttempts(refusal.get().reason(), refusal.get().retryAfter());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            if (result != null && result.isAuthenticated()) {
                throttle.succeeded(user);
            }
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.failed(user, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
