package uk.casemonitor.core.fostercarer;

import uk.casemonitor.core.recording.PracticeEvent;

/** An event in one foster carer's stream. */
public interface FosterCarerEvent extends PracticeEvent {

    String carerId();

    @Override
    default String subjectId() {
        return carerId();
    }
}
