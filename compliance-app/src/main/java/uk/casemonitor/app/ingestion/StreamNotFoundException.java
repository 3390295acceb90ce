package uk.casemonitor.app.ingestion;

/** No events have been recorded for this child or carer, or something asked for is not in their record. */
public class StreamNotFoundException extends RuntimeException {

    public StreamNotFoundException(EventStream<?> stream, String subjectId) {
        super("No " + stream.subjectName() + " with id '" + subjectId + "' has any recorded events");
    }

    /** Something the API names by id that is not a subject (a KPI) does not exist. */
    public StreamNotFoundException(String message) {
        super(message);
    }

    /** Something named within a subject's record was not found there. */
    public StreamNotFoundException(EventStream<?> stream, String subjectId, String what) {
        super("The " + stream.subjectName() + " '" + subjectId + "' has no " + what);
    }
}
