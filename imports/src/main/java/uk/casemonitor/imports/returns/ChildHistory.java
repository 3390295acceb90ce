package uk.casemonitor.imports.returns;

import uk.casemonitor.core.childcase.ChildCaseEvent;

import java.util.List;

/**
 * What a child's stream already holds. A return only covers one year, so where it continues a
 * story begun in an earlier year the import asks what is already known.
 */
@FunctionalInterface
interface ChildHistory {

    ChildHistory NONE = childId -> List.of();

    /** The child's recorded events; empty when nothing is recorded for them. */
    List<ChildCaseEvent> eventsOf(String childId);
}
