package uk.casemonitor.tools.generator;

import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.recording.PracticeEvent;

import java.util.List;

/**
 * One child's or foster carer's generated stream, in the order the monitor should record it.
 *
 * @param stream which kind of stream it is
 * @param id     the child's or carer's id
 */
public record GeneratedSubject<E extends PracticeEvent>(EventStream<E> stream, String id, List<E> events) {

    public GeneratedSubject {
        events = List.copyOf(events);
    }

    /** The command that records the whole stream in one go ({@code RecordChildCaseEvents} or {@code RecordFosterCarerEvents}). */
    public Object recordCommand() {
        return stream.recordEvents().apply(id, events);
    }

    public boolean isChild() {
        return stream == EventStream.CHILD_CASE;
    }
}
