package uk.casemonitor.core.recording;

/**
 * An event recorded to correct an earlier one in the same stream: {@link #replacement()} is the
 * earlier event as it should have been (same type, same event id, same recorded-at and -by), and
 * this event's own recorded-at and -by say who corrected it and when. Nothing stored is changed.
 */
public interface Correction extends PracticeEvent {

    String correctedEventId();

    PracticeEvent replacement();

    String reason();
}
