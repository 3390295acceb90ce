package uk.casemonitor.core.recording;

/**
 * An event recorded to withdraw an earlier one in the same stream that should never have been
 * recorded (e.g. a visit entered on the wrong child). The earlier event stays stored, for the
 * auditor; it no longer counts as practice. A later {@link Correction} of it restores it.
 */
public interface Retraction extends PracticeEvent {

    String retractedEventId();

    String reason();
}
