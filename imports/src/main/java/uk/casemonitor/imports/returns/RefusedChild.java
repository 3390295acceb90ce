package uk.casemonitor.imports.returns;

import java.util.List;

/**
 * A child whose imported events the case history refused (all or nothing per child, like a batch
 * POST): nothing of theirs from this import is stored, and the rows involved are named.
 *
 * @param field the event field the refusal is about, as the API would name it
 */
public record RefusedChild(String childId, List<SourceRow> rows, String field, String reason) {
}
