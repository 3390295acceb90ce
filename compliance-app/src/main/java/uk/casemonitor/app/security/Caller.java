package uk.casemonitor.app.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as the monitor sees them: name, roles and teams. Teams travel as authorities
 * {@code TEAM:<id>}, whether they came from configuration or from a JWT claim.
 */
public record Caller(String name, Set<Role> roles, Set<String> teams) {

    static final String TEAM_PREFIX = "TEAM:";

    public static Optional<Caller> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> teams = new LinkedHashSet<>();
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith(TEAM_PREFIX)) {
                teams.add(authority.substring(TEAM_PREFIX.length()));
            }
            for (Role role : Role.values()) {
                if (role.authority().equals(authority)) {
                    roles.add(role);
                }
            }
        }
        return Optional.of(new Caller(authentication.getName(), roles, teams));
    }

    /** The user of the request being handled on this thread, if one signed in. */
    public static Optional<Caller> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean manages(String team) {
        return team != null && has(Role.TEAM_MANAGER) && teams.contains(team);
    }
}
