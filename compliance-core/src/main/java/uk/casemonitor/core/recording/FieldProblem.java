package uk.casemonitor.core.recording;

/** One thing wrong with a request, named by the JSON path of the field it is about. */
public record FieldProblem(String field, String message) {
}
