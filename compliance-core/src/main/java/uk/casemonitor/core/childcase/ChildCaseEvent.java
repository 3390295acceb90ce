package uk.casemonitor.core.childcase;

import uk.casemonitor.core.recording.PracticeEvent;

/**
 * An event in one child's case stream.
 * Sealed: the permitted records are the whole vocabulary of the stream, which the API's type registry reads from here.
 */
public sealed interface ChildCaseEvent extends PracticeEvent permits
        AssessmentCompleted,
        BreachAcknowledged,
        AssessmentStarted,
        AuditActionCompleted,
        BecameCareLeaver,
        BecameLookedAfter,
        CareLeaverAccommodationChanged,
        CareLeaverContactMade,
        CaseClosed,
        CaseFileAuditCompleted,
        CeasedToBeLookedAfter,
        ChildDetailsRecorded,
        ChildInNeedPlanEnded,
        ChildInNeedPlanReviewed,
        ChildInNeedPlanStarted,
        ChildProtectionPlanEnded,
        ChildProtectionPlanStarted,
        CoreGroupMeetingHeld,
        CorrectionRecorded,
        DentalCheckCompleted,
        DutyNoLongerApplies,
        HealthAssessmentCompleted,
        InitialChildProtectionConferenceHeld,
        LookedAfterReviewHeld,
        ManagementOversightRecorded,
        MissingEpisodeEnded,
        MissingEpisodeStarted,
        PathwayPlanCompleted,
        PathwayPlanReviewed,
        PersonalEducationPlanCompleted,
        PersonalEducationPlanReviewed,
        PlacementChanged,
        PlacementEnded,
        PlacementStarted,
        PrivateFosteringEnded,
        PrivateFosteringNotified,
        ReferralDecisionMade,
        ReferralReceived,
        RetractionRecorded,
        ReturnFactUnplaced,
        ReturnHomeInterviewHeld,
        ReturnHomeInterviewOffered,
        ReviewChildProtectionConferenceHeld,
        Section47EnquiryCompleted,
        Section47EnquiryStarted,
        StrategyDiscussionHeld,
        TeamAssigned,
        VisitMade,
        WorkerAllocated {

    String childId();

    @Override
    default String subjectId() {
        return childId();
    }
}
