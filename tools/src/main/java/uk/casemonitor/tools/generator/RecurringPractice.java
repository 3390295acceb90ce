package uk.casemonitor.tools.generator;

import uk.casemonitor.core.childcase.CareLeaverAccommodationChanged;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildInNeedPlanReviewed;
import uk.casemonitor.core.childcase.CoreGroupMeetingHeld;
import uk.casemonitor.core.childcase.DentalCheckCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentCompleted;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.core.childcase.ManagementOversightRecorded;
import uk.casemonitor.core.childcase.PathwayPlanReviewed;
import uk.casemonitor.core.childcase.PersonalEducationPlanReviewed;
import uk.casemonitor.core.childcase.ReviewChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.TeamAssigned;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.WorkerAllocated;
import uk.casemonitor.core.fostercarer.FosterCarerApprovalReviewed;
import uk.casemonitor.core.fostercarer.FosterCarerDbsCheckCompleted;
import uk.casemonitor.core.fostercarer.FosterCarerEvent;
import uk.casemonitor.core.fostercarer.FosterCarerSupervisoryVisitMade;
import uk.casemonitor.core.fostercarer.FosterCarerTeamAssigned;
import uk.casemonitor.core.fostercarer.FosterCarerUnannouncedVisitMade;
import uk.casemonitor.core.fostercarer.SupervisingSocialWorkerAllocated;

import java.util.Set;

/**
 * Which events are recurring practice, of which a migration from a previous system brings only the
 * latest of each kind (the last CP visit, the last LAC review...), as opposed to milestones, which
 * it brings in full. {@code null} means a milestone.
 */
final class RecurringPractice {

    private static final Set<Class<? extends ChildCaseEvent>> CHILD = Set.of(
            CoreGroupMeetingHeld.class, ReviewChildProtectionConferenceHeld.class, ChildInNeedPlanReviewed.class,
            LookedAfterReviewHeld.class, DentalCheckCompleted.class, PersonalEducationPlanReviewed.class,
            PathwayPlanReviewed.class, CareLeaverContactMade.class, CareLeaverAccommodationChanged.class,
            ManagementOversightRecorded.class, TeamAssigned.class, WorkerAllocated.class);

    private static final Set<Class<? extends FosterCarerEvent>> CARER = Set.of(
            FosterCarerApprovalReviewed.class, FosterCarerSupervisoryVisitMade.class,
            FosterCarerUnannouncedVisitMade.class, FosterCarerDbsCheckCompleted.class,
            FosterCarerTeamAssigned.class, SupervisingSocialWorkerAllocated.class);

    private RecurringPractice() {
    }

    static String kindOf(ChildCaseEvent event) {
        if (event instanceof VisitMade visit) {
            return "VisitMade:" + visit.visitType();
        }
        if (event instanceof HealthAssessmentCompleted health) {
            return "HealthAssessmentCompleted:" + health.kind();
        }
        return CHILD.contains(event.getClass()) ? event.getClass().getSimpleName() : null;
    }

    static String kindOf(FosterCarerEvent event) {
        return CARER.contains(event.getClass()) ? event.getClass().getSimpleName() : null;
    }
}
