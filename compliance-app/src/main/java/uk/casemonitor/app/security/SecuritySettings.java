package uk.casemonitor.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Users of the embedded default, under {@code compliance.security.users.<name>}: a bcrypt hash of
 * the password, the roles and, for team managers, the teams. A user name with a dot is written in
 * brackets: {@code compliance.security.users[tm.north].roles=TEAM_MANAGER}.
 *
 * @param users            by user name
 * @param teamsClaim       the JWT claim listing a user's teams (oidc profile)
 * @param rolesClaim       the JWT claim listing a user's roles (oidc profile)
 * @param userNameClaim    the JWT claim used as the user's name, and so as {@code recordedBy} (oidc profile)
 * @param loginThrottle    when wrong passwords slow and then refuse sign-ins ({@code compliance.security.login-throttle.*})
 */
@ConfigurationProperties(prefix = "compliance.security")
record SecuritySettings(Map<String, User> users, String rolesClaim, String teamsClaim, String userNameClaim,
                        LoginThrottleSettings loginThrottle) {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    public SecuritySettings {
        users = users == null ? Map.of() : Map.copyOf(users);
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        teamsClaim = teamsClaim == null ? "teams" : teamsClaim;
        userNameClaim = userNameClaim == null ? "preferred_username" : userNameClaim;
        loginThrottle = loginThrottle == null ? new LoginThrottleSettings(null, null, null, null, null) : loginThrottle;
        users.forEach(SecuritySettings::check);
    }

    /** A misconfigured user stops start-up rather than leaving a door open or a user locked out unnoticed. */
    private static void check(String name, User user) {
        if (!USER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("compliance.security.users: '" + name
                    + "' is not a valid user name (letters, digits, '.', '_', '@', '-'; at most 100)");
        }
        if (user.password() == null || !BCRYPT.matcher(user.password()).matches()) {
            throw new IllegalArgumentException("compliance.security.users." + name
                    + ".password must be a bcrypt hash ($2a$10$...), never the password itself");
        }
        if (user.roles().isEmpty()) {
            throw new IllegalArgumentException("compliance.security.users." + name + ".roles is empty");
        }
        if (user.roles().contains(Role.TEAM_MANAGER) && user.teams().isEmpty()) {
            throw new IllegalArgumentException("compliance.security.users." + name
                    + " is a TEAM_MANAGER without teams: set compliance.security.users." + name + ".teams");
        }
    }

    public record User(String password, List<Role> roles, List<String> teams) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            teams = teams == null ? List.of() : List.copyOf(teams);
        }
    }

    /**
     * Wrong passwords allowed per user name and per address before each further attempt must wait
     * (1 s, doubling), and before sign-in is refused for {@code lockout}. An address gets more, as an
     * office may sign in from behind one.
     */
    public record LoginThrottleSettings(Integer userFreeAttempts, Integer userLockAfter, Integer addressFreeAttempts,
                                        Integer addressLockAfter, Duration lockout) {

        public LoginThrottleSettings {
            userFreeAttempts = userFreeAttempts == null ? 5 : userFreeAttempts;
            userLockAfter = userLockAfter == null ? 10 : userLockAfter;
            addressFreeAttempts = addressFreeAttempts == null ? 20 : addressFreeAttempts;
            addressLockAfter = addressLockAfter == null ? 50 : addressLockAfter;
            lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
            if (userFreeAttempts < 1 || userLockAfter < userFreeAttempts || addressFreeAttempts < 1
                || addressLockAfter < addressFreeAttempts || lockout.isNegative() || lockout.isZero()) {
                throw new IllegalArgumentException("compliance.security.login-throttle: free attempts must be at least 1, "
                        + "lock-after at least the free attempts, and lockout positive");
            }
        }

        LoginThrottle.Limits perUser() {
            return new LoginThrottle.Limits(userFreeAttempts, userLockAfter);
        }

        LoginThrottle.Limits perAddress() {
            return new LoginThrottle.Limits(addressFreeAttempts, addressLockAfter);
        }
    }
}
