package uk.casemonitor.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.web.ApiProblems;

import java.io.IOException;
import java.util.List;

/** 401, 403 and a refused sign-in's 429 as RFC 9457 problems, like every other error the API returns. */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Basic realm=\"case-monitor\"";

    private final JsonMapper json;
    private final boolean bearer;

    ProblemResponses(JsonMapper json, boolean bearer) {
        this.json = json;
        this.bearer = bearer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof ThrottledLogins.TooManyAttempts refused) {
            // RFC 6585: 429 with Retry-After; the password was not checked, so no challenge is sent either.
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
            write(response, ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts",
                    "Too many sign-in attempts", refused.getMessage() + "; try again in " + refused.retryAfterSeconds()
                    + " s", List.of()).getBody(), HttpStatus.TOO_MANY_REQUESTS);
            return;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        if (bearer) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        write(response, ApiProblems.unauthenticated().getBody(), HttpStatus.UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, ApiProblems.forbidden().getBody(), HttpStatus.FORBIDDEN);
    }

    private void write(HttpServletResponse response, ProblemDetail problem, HttpStatus status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
