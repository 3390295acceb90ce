package uk.casemonitor.imports.returns;

import uk.casemonitor.core.childcase.ChildCaseEvent;

/** An event derived from a return, with the row it came from so that a refusal can name it. */
record ReturnEvent(ChildCaseEvent event, SourceRow source) {
}
