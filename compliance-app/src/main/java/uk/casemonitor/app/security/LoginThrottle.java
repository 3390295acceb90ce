package uk.casemonitor.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts wrong passwords per user name and per address, and says when the next attempt may be
 * made. A few mistakes cost nothing; after {@code freeAttempts} each further attempt must wait
 * longer (1 s, 2 s, 4 s ...), and after {@code lockAfter} the user or address is refused for
 * {@code lockout}. A refused attempt is answered before its password is checked, so a flood of bad
 * sign-ins costs a map look-up each, not a bcrypt check. Failures are forgotten {@code lockout}
 * after the last one; a correct password clears the user's count (not the address's, or one valid
 * account would let an address guess everybody else's passwords).
 *
 * <p>An address is allowed more than a user, because a whole office can sign in from behind one
 * address; a user name is refused from every address, because guessing one person's password from
 * many machines is the attack the user limit is for.
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    /** How many wrong passwords are allowed before slowing down, and before refusing outright. */
    record Limits(int freeAttempts, int lockAfter) {
    }

    /** The answer to "may this attempt be checked?": empty if so, else how long to wait. */
    record Refusal(String reason, Duration retryAfter) {
    }

    private record Failures(int count, Instant last) {
    }

    private final Limits perUser;
    private final Limits perAddress;
    private final Duration lockout;
    private final Clock clock;
    private final Cache<String, Failures> users;
    private final Cache<String, Failures> addresses;

    LoginThrottle(Limits perUser, Limits perAddress, Duration lockout, Clock clock) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.lockout = lockout;
        this.clock = clock;
        this.users = cache();
        this.addresses = cache();
    }

    private Cache<String, Failures> cache() {
        // Expiry on the monitor's clock, so that a test's clock and the configured lockout agree.
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        return Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(lockout).ticker(ticker).build();
    }

    Optional<Refusal> check(String user, String address) {
        Instant now = clock.instant();
        Optional<Refusal> refusal = refusal("user " + user, users.getIfPresent(user), perUser, now);
        return refusal.isPresent() ? refusal : refusal("address " + address, addresses.getIfPresent(address), perAddress, now);
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        Failures forUser = users.asMap().merge(user, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        Failures forAddress = addresses.asMap().merge(address, new Failures(1, now),
                                                      (old, one) -> new Failures(old.count() + 1, now));
        log.info("Wrong password for user '{}' from {} ({} for the user, {} from the address)",
                 user, address, forUser.count(), forAddress.count());
        warnOnLock("user '" + user + "'", forUser, perUser);
        warnOnLock("address " + address, forAddress, perAddress);
    }

    void succeeded(String user) {
        users.invalidate(user);
    }

    private Optional<Refusal> refusal(String who, Failures failures, Limits limits, Instant now) {
        if (failures == null || failures.count() < limits.freeAttempts()) {
            return Optional.empty();
        }
        Duration wait = failures.count() >= limits.lockAfter() ? lockout
                : Duration.ofSeconds(1L << Math.min(20, failures.count() - limits.freeAttempts()));
        Instant allowedFrom = failures.last().plus(wait);
        if (!now.isBefore(allowedFrom)) {
            return Optional.empty();
        }
        Duration retryAfter = Duration.between(now, allowedFrom);
        String reason = failures.count() >= limits.lockAfter()
                ? "too many wrong passwords for " + who + ": sign-in refused for " + lockout.toMinutes() + " minutes"
                : "too many wrong passwords for " + who + ": wait before trying again";
        return Optional.of(new Refusal(reason, retryAfter));
    }

    private void warnOnLock(String who, Failures failures, Limits limits) {
        if (failures.count() == limits.lockAfter()) {
            log.warn("Sign-in refused for {} for {} after {} wrong passwords", who, lockout, failures.count());
        } else if (failures.count() == limits.freeAttempts()) {
            log.warn("Sign-in slowed for {} after {} wrong passwords", who, failures.count());
        }
    }
}
