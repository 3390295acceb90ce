package uk.casemonitor.core.fostercarer;

import uk.casemonitor.core.recording.PracticeEvent;

/**
 * An event in one foster carer's stream.
 * Sealed: the permitted records are the whole vocabulary of the stream, which the API's type registry reads from here.
 */
public sealed interface FosterCarerEvent extends PracticeEvent permits
        FosterCarerBreachAcknowledged,
        FosterCarerCorrectionRecorded,
        FosterCarerRetractionRecorded,
        FosterCarerApprovalReviewed,
        FosterCarerApproved,
        FosterCarerDbsCheckCompleted,
        FosterCarerDeregistered,
        FosterCarerSupervisoryVisitMade,
        FosterCarerTeamAssigned,
        FosterCarerUnannouncedVisitMade,
        SupervisingSocialWorkerAllocated,
        TsdStandardsCompleted {

    String carerId();

    @Override
    default String subjectId() {
        return carerId();
    }
}
