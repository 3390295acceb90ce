package uk.casemonitor.imports.returns;

import uk.casemonitor.core.childcase.ChildCaseEvent;

/**
 * An event derived from a return, with the row it came from so that a refusal can name it.
 *
 * @param column the column (or element) the event is dated by, blamed when the case history refuses it;
 *               empty when the return's layout does not single one out
 */
record ReturnEvent(ChildCaseEvent event, SourceRow source, String column) {

    ReturnEvent(ChildCaseEvent event, SourceRow source) {
        this(event, source, "");
    }
}
