package uk.casemonitor.app.ingestion;

/** Who says when an event was recorded. */
public enum RecordingMode {
    /** Recorded now: the monitor stamps {@code recordedAt} on receipt and refuses one from the client. */
    LIVE,
    /**
     * Historical records brought in from another system (a JSON-lines export, a statutory return):
     * each event carries the {@code recordedAt} it had there, which must not be in the future or
     * before the day the event occurred.
     */
    IMPORT,
    /**
     * Imported, as {@link #IMPORT}, from a source system the monitor keeps in step with night after
     * night (the SSD): when the source's record changes or a row vanishes, the importer sends a
     * correction or retraction of the event it imported before, stamped with the night it saw it.
     */
    SOURCE_SYNC
}
