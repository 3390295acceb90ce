package uk.casemonitor.app.security;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.projections.compliance.ComplianceRepository;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static uk.casemonitor.app.security.SubjectAccess.Rule.ACKNOWLEDGE;
import static uk.casemonitor.app.security.SubjectAccess.Rule.AUDIT;
import static uk.casemonitor.app.security.SubjectAccess.Rule.READ;

/**
 * Who may call what: every rule in one place, read top to bottom, first match wins. Anything not
 * named here is for administrators only, so a new endpoint is closed until someone decides who may
 * use it. Users sign in with HTTP Basic (users from configuration) or, where an OIDC issuer is
 * configured (the {@code oidc} profile), with a JWT bearer token whose claims carry roles and teams.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    public SecurityFilterChain api(HttpSecurity http, SecuritySettings settings, ComplianceRepository subjects,
                                   AccessLog accessLog, JsonMapper json, UserDetailsService users,
                                   ObjectProvider<JwtDecoder> jwtDecoder, Clock clock)
            throws Exception {
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        ProblemResponses problems = new ProblemResponses(json, decoder != null);
        String admin = Role.ADMIN.name();
        String recorder = Role.RECORDER.name();
        String auditor = Role.AUDITOR.name();
        http.csrf(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authenticationManager(authentication(users, decoder, settings, clock))
            .httpBasic(basic -> basic.authenticationEntryPoint(problems))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .authorizeHttpRequests(requests -> requests
                // The request itself was checked; its async continuation (SSE) and error rendering are not new requests.
                .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                .requestMatchers("/actuator/**").hasRole(admin)

                .requestMatchers(HttpMethod.POST, "/api/children/*/events", "/api/foster-carers/*/events").hasRole(recorder)
                .requestMatchers(HttpMethod.POST, "/api/admin/imports/**").hasAnyRole(recorder, admin)
                .requestMatchers(HttpMethod.POST, "/api/children/{childId}/breaches/acknowledgements")
                    .access(new SubjectAccess(EventStream.CHILD_CASE, ACKNOWLEDGE, subjects, accessLog))
                .requestMatchers(HttpMethod.POST, "/api/foster-carers/{carerId}/breaches/acknowledgements")
                    .access(new SubjectAccess(EventStream.FOSTER_CARER, ACKNOWLEDGE, subjects, accessLog))

                .requestMatchers(HttpMethod.GET, "/api/children/{childId}/history/verify", "/api/children/{childId}/history/export")
                    .access(new SubjectAccess(EventStream.CHILD_CASE, AUDIT, subjects, accessLog))
                .requestMatchers(HttpMethod.GET, "/api/foster-carers/{carerId}/history/verify",
                                 "/api/foster-carers/{carerId}/history/export")
                    .access(new SubjectAccess(EventStream.FOSTER_CARER, AUDIT, subjects, accessLog))
                .requestMatchers(HttpMethod.GET, "/api/children/{childId}/**")
                    .access(new SubjectAccess(EventStream.CHILD_CASE, READ, subjects, accessLog))
                .requestMatchers(HttpMethod.GET, "/api/foster-carers/{carerId}/**")
                    .access(new SubjectAccess(EventStream.FOSTER_CARER, READ, subjects, accessLog))

                .requestMatchers(HttpMethod.GET, "/api/kpis", "/api/kpis/**")
                    .access(new TeamParameterAccess(Role.AUDITOR, Role.PERFORMANCE))
                .requestMatchers(HttpMethod.GET, "/api/data-quality/summary", "/api/audits/summary")
                    .access(new TeamParameterAccess(Role.AUDITOR, Role.PERFORMANCE))
                .requestMatchers(HttpMethod.GET, "/api/breaches", "/api/due", "/api/alerts/stream", "/api/data-quality")
                    .access(new TeamParameterAccess(Role.AUDITOR))
                .requestMatchers(HttpMethod.GET, "/api/rules", "/api/monitoring-start").authenticated()
                // The pages carry no case data (they call the API as the signed-in user); asking for them signs the browser in.
                .requestMatchers(HttpMethod.GET, "/", "/*.html", "/*.js", "/*.css", "/favicon.ico", "/webjars/**").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/admin/access-log").hasRole(auditor)
                .requestMatchers("/api/admin/**").hasRole(admin)
                .anyRequest().hasRole(admin));
        if (decoder != null) {
            http.oauth2ResourceServer(resource -> resource
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new ClaimsToRoles(settings))));
        }
        return http.build();
    }

    /**
     * One authentication manager for both ways in (the bearer-token filter uses the shared one too):
     * configured users' passwords, bcrypt-checked and remembered; with an OIDC issuer, its tokens,
     * mapped to roles and teams by their claims.
     */
    private static AuthenticationManager authentication(UserDetailsService users, JwtDecoder decoder,
                                                        SecuritySettings settings, Clock clock) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        LoginThrottle throttle = new LoginThrottle(settings.loginThrottle().perUser(), settings.loginThrottle().perAddress(),
                                                   settings.loginThrottle().lockout(), clock);
        providers.add(new ThrottledLogins(new VerifiedCredentials(bcryptChecked(users), Duration.ofMinutes(5), clock), throttle));
        if (decoder != null) {
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(new ClaimsToRoles(settings));
            providers.add(tokens);
        }
        return new ProviderManager(providers);
    }

    private static DaoAuthenticationProvider bcryptChecked(UserDetailsService users) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(new BCryptPasswordEncoder());
        return provider;
    }

    @Bean
    public UserDetailsService users(SecuritySettings settings, ObjectProvider<JwtDecoder> jwtDecoder) {
        List<UserDetails> users = new ArrayList<>();
        if (settings.users().isEmpty() && jwtDecoder.getIfAvailable() == null) {
            users.add(oneRunAdministrator());
        }
        settings.users().forEach((name, user) -> {
            List<GrantedAuthority> authorities = new ArrayList<>();
            user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            user.teams().forEach(team -> authorities.add(new SimpleGrantedAuthority(Caller.TEAM_PREFIX + team)));
            users.add(User.withUsername(name).password(user.password()).authorities(authorities).build());
        });
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * With no users configured and no identity provider, a first run would refuse everything. Rather
     * than ship a well-known password, this run gets an "admin" with a random password, printed once
     * in the log and gone at the next start (as Spring Boot and Jenkins do for a first start).
     */
    private static UserDetails oneRunAdministrator() {
        byte[] secret = new byte[15];
        new java.security.SecureRandom().nextBytes(secret);
        String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        log.warn("No users are configured (compliance.security.users) and no OIDC issuer. For this run only, sign in as "
                 + "'admin' with password {} (roles ADMIN, RECORDER, AUDITOR, PERFORMANCE). Configure users for real use: "
                 + "docs/reliability-and-security.md", password);
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : List.of(Role.ADMIN, Role.RECORDER, Role.AUDITOR, Role.PERFORMANCE)) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return User.withUsername("admin").password(new BCryptPasswordEncoder().encode(password)).authorities(authorities).build();
    }

    /** Maps an identity provider's token to the monitor's user: name, roles and teams from configurable claims. */
    static final class ClaimsToRoles implements Converter<Jwt, AbstractAuthenticationToken> {

        private final SecuritySettings settings;

        ClaimsToRoles(SecuritySettings settings) {
            this.settings = settings;
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            for (String role : strings(jwt.getClaim(settings.rolesClaim()))) {
                String name = role.startsWith("ROLE_") ? role.substring(5) : role;
                for (Role known : Role.values()) {
                    if (known.name().equalsIgnoreCase(name)) {
                        authorities.add(new SimpleGrantedAuthority(known.authority()));
                    }
                }
            }
            strings(jwt.getClaim(settings.teamsClaim()))
                    .forEach(team -> authorities.add(new SimpleGrantedAuthority(Caller.TEAM_PREFIX + team)));
            String name = jwt.getClaimAsString(settings.userNameClaim());
            return new JwtAuthenticationToken(jwt, authorities, name == null || name.isBlank() ? jwt.getSubject() : name);
        }

        private static List<String> strings(Object claim) {
            if (claim instanceof Collection<?> values) {
                return values.stream().filter(value -> value != null).map(Object::toString).toList();
            }
            if (claim instanceof String text && !text.isBlank()) {
                return List.of(text.split("[ ,]+"));
            }
            return List.of();
        }
    }
}
