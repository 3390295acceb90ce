package uk.casemonitor.core.childcase;

import uk.casemonitor.core.recording.PracticeEvent;

/** An event in one child's case stream. */
public interface ChildCaseEvent extends PracticeEvent {

    String childId();

    @Override
    default String subjectId() {
        return childId();
    }
}
