package uk.casemonitor.core.recording;

/** What a recording command did: how many events it stored and how many were idempotent repeats. */
public record RecordingOutcome(int stored, int alreadyRecorded) {

    public RecordingOutcome plus(RecordingOutcome other) {
        return new RecordingOutcome(stored + other.stored, alreadyRecorded + other.alreadyRecorded);
    }
}
