package uk.casemonitor.app.web;

import uk.casemonitor.core.recording.FieldProblem;

import java.util.List;

/**
 * A request parameter (a query parameter, a page size, a filter) is malformed or out of range;
 * answered as a 400 problem naming the parameter. Event bodies that fail validation are an
 * {@link uk.casemonitor.core.recording.InvalidEventException} instead.
 */
public class BadRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public BadRequestException(String field, String message) {
        super(field + ": " + message);
        this.problems = List.of(new FieldProblem(field, message));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
