package uk.casemonitor.tools.generator;

import uk.casemonitor.core.recording.FieldProblem;

import java.util.List;
import java.util.stream.Collectors;

/** A line of an import that was not recorded, and why, field by field as the API would answer. */
public record RejectedLine(long lineNumber, List<FieldProblem> problems) {

    public RejectedLine {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + problems.stream()
                .map(problem -> problem.field() + ": " + problem.message())
                .collect(Collectors.joining("; "));
    }
}
