package uk.casemonitor.app.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Lists scoped by a {@code team} query parameter (breaches, due list, alert stream, KPIs): the
 * roles that see every team, or a team manager asking for one of their own teams. A team manager
 * who leaves {@code team} out is refused rather than shown everyone's.
 */
final class TeamParameterAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final Set<Role> allTeams;

    TeamParameterAccess(Role first, Role... more) {
        this.allTeams = EnumSet.of(first, more);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(Caller.of(authentication.get())
                .map(caller -> caller.roles().stream().anyMatch(allTeams::contains)
                        || caller.manages(context.getRequest().getParameter("team")))
                .orElse(false));
    }
}
