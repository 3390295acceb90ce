package uk.casemonitor.imports.returns;

import java.util.List;

/**
 * What an import of one statutory return did, or, for a dry run, would do.
 *
 * @param validateOnly     a dry run: every check made, nothing stored ({@code eventsStored} is what would be)
 * @param collectionYear   the collection year the return was read as ({@code 2024-25}); null when none was needed
 * @param collectionYearReason why that year: given, or which of the return's dates point to it
 * @param rowsRead         data rows read (CSV lines below the header; XML records; for the CIN census, {@code Child} elements)
 * @param eventsStored     events newly stored
 * @param alreadyRecorded  events that were already in the children's streams (a re-import stores nothing)
 * @param childrenRecorded children with at least one event from this return accepted
 * @param errors           rows refused, each with file, row, column and reason: a field is invalid, or the
 *                         child's case history refuses the fact (the rest of the child's rows are still imported;
 *                         a review or health fact with no period of care is kept as a data-quality finding, and
 *                         its reason says so)
 * @param warnings         rows imported after an unambiguous repair, saying what was assumed
 * @param refusedChildren  children whose events could not be recorded at all when they were stored; none of theirs was
 */
public record ImportReport(String format, boolean validateOnly, String collectionYear, String collectionYearReason,
                           int rowsRead, int eventsStored, int alreadyRecorded, int childrenRecorded,
                           List<RowError> errors, List<RowError> warnings,
                           List<RefusedChild> refusedChildren) {

    public boolean complete() {
        return errors.isEmpty() && refusedChildren.isEmpty();
    }
}
