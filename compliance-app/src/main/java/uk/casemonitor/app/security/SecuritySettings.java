package uk.casemonitor.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
 */
@ConfigurationProperties(prefix = "compliance.security")
record SecuritySettings(Map<String, User> users, String rolesClaim, String teamsClaim, String userNameClaim) {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    public SecuritySettings {
        users = users == null ? Map.of() : Map.copyOf(users);
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        teamsClaim = teamsClaim == null ? "teams" : teamsClaim;
        userNameClaim = userNameClaim == null ? "preferred_username" : userNameClaim;
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
}
