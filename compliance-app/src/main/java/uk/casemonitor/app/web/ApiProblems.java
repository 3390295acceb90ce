package uk.casemonitor.app.web;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import uk.casemonitor.core.recording.FieldProblem;
import uk.casemonitor.core.recording.InvalidEventException;
import uk.casemonitor.app.ingestion.StreamNotFoundException;
import uk.casemonitor.core.recording.EventIdReused;
import uk.casemonitor.core.recording.PracticeRuleViolation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one problem-details handler: every error the API returns is an RFC 9457 body, and where a
 * field is to blame it is named in {@code field} (the first) and {@code errors} (all of them).
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidEventException.class)
    ResponseEntity<ProblemDetail> invalidEvent(InvalidEventException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-event", "The request is not a valid event",
                       e.getMessage(), e.problems());
    }

    /** A malformed or out-of-range request parameter: the same 400 shape as an invalid event, naming the parameter. */
    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "The request is not valid", e.getMessage(), e.problems());
    }

    @ExceptionHandler(EventIdReused.class)
    ResponseEntity<ProblemDetail> eventIdReused(EventIdReused e) {
        return problem(HttpStatus.CONFLICT, e.code(), "Event id already used", e.getMessage(),
                       List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler(PracticeRuleViolation.class)
    ResponseEntity<ProblemDetail> practiceRuleViolation(PracticeRuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), "The event contradicts the recorded history",
                       e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "The stream changed while recording",
                       "Another request recorded events in this stream at the same time; nothing of this request "
                               + "was stored. Send it again.", List.of());
    }

    @ExceptionHandler(StreamNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(StreamNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of());
    }

    /** A multipart upload (the returns import) whose body cannot be parsed; too large is 413 (handled by the base class). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-multipart", "The body is not valid multipart/form-data",
                firstLine(e.getMostSpecificCause().getMessage()),
                List.of(new FieldProblem("body", "must be well-formed multipart/form-data")));
    }

    /** A role or team check made after the request reached a controller (the filter chain answers the same way). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return forbidden();
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> notAuthenticated(AuthenticationException e) {
        return unauthenticated();
    }

    public static ResponseEntity<ProblemDetail> unauthenticated() {
        return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required",
                       "Send credentials: HTTP Basic with a configured user, or a bearer token where OIDC is set up.",
                       List.of());
    }

    public static ResponseEntity<ProblemDetail> forbidden() {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                       "Your roles or teams do not allow this request.", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                       "The request could not be completed; nothing of it is known to be stored.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String detail = e.getMostSpecificCause().getMessage();
        return new ResponseEntity<>(problem(HttpStatus.BAD_REQUEST, "malformed-json", "The body is not valid JSON",
                firstLine(detail), List.of(new FieldProblem("body", "must be well-formed JSON"))).getBody(),
                HttpStatus.BAD_REQUEST);
    }

    /** A request body bound with {@code @Valid} that breaks its constraints: every broken field named. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
         .forEach(error -> problems.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
         .forEach(error -> problems.add(new FieldProblem("body", error.getDefaultMessage())));
        problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        FieldProblem first = problems.isEmpty() ? new FieldProblem("body", "is not valid") : problems.get(0);
        return new ResponseEntity<>(problem(HttpStatus.BAD_REQUEST, "bad-request", "The request is not valid",
                first.field() + ": " + first.message(), problems).getBody(), HttpStatus.BAD_REQUEST);
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
                                                        List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:casemonitor:problem:" + code));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).field());
            problem.setProperty("errors", errors.stream()
                    .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        }
        return ResponseEntity.status(status).body(problem);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "Malformed JSON";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
