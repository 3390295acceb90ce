package uk.casemonitor.imports.returns;

import java.util.List;

/**
 * What an import of one statutory return did.
 *
 * @param rowsRead         data rows read (CSV lines below the header; for the CIN census, {@code Child} elements)
 * @param eventsStored     events newly stored
 * @param alreadyRecorded  events that were already in the children's streams (a re-import stores nothing)
 * @param childrenRecorded children whose events were all accepted
 * @param errors           rows skipped because a field is invalid
 * @param refusedChildren  children whose events contradicted their recorded history; none of theirs was stored
 */
public record ImportReport(String format, int rowsRead, int eventsStored, int alreadyRecorded, int childrenRecorded,
                           List<RowError> errors, List<RefusedChild> refusedChildren) {

    public boolean complete() {
        return errors.isEmpty() && refusedChildren.isEmpty();
    }
}
