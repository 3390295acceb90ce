package uk.casemonitor.app.ingestion;

/** No events have been recorded for this child or carer. */
public class StreamNotFoundException extends RuntimeException {

    public StreamNotFoundException(EventStream<?> stream, String subjectId) {
        super("No " + stream.subjectName() + " with id '" + subjectId + "' has any recorded events");
    }
}
