package uk.casemonitor.core.recording;

import java.util.List;

/** The request is malformed or fails validation; nothing of it was stored. */
public class InvalidEventException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidEventException(List<FieldProblem> problems) {
        super(problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidEventException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
