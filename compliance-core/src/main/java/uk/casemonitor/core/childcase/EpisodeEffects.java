package uk.casemonitor.core.childcase;

import java.util.Map;
import java.util.Optional;

import static uk.casemonitor.core.childcase.CaseEpisode.CARE_LEAVER;
import static uk.casemonitor.core.childcase.CaseEpisode.CHILD_IN_NEED_PLAN;
import static uk.casemonitor.core.childcase.CaseEpisode.CHILD_PROTECTION_PLAN;
import static uk.casemonitor.core.childcase.CaseEpisode.LOOKED_AFTER;
import static uk.casemonitor.core.childcase.CaseEpisode.PLACEMENT;
import static uk.casemonitor.core.childcase.CaseEpisode.PRIVATE_FOSTERING;

/**
 * Which episode each kind of event belongs to, starts or ends: the one place to check that, say, a
 * review conference can only happen during a child-protection plan.
 */
final class EpisodeEffects {

    private static final Map<Class<? extends ChildCaseEvent>, CaseEpisode> HAPPENS_DURING = Map.ofEntries(
            Map.entry(ReviewChildProtectionConferenceHeld.class, CHILD_PROTECTION_PLAN),
            Map.entry(CoreGroupMeetingHeld.class, CHILD_PROTECTION_PLAN),
            Map.entry(ChildInNeedPlanReviewed.class, CHILD_IN_NEED_PLAN),
            Map.entry(PlacementStarted.class, LOOKED_AFTER),
            Map.entry(PlacementChanged.class, LOOKED_AFTER),
            Map.entry(LookedAfterReviewHeld.class, LOOKED_AFTER),
            Map.entry(HealthAssessmentCompleted.class, LOOKED_AFTER),
            Map.entry(DentalCheckCompleted.class, LOOKED_AFTER),
            Map.entry(PersonalEducationPlanCompleted.class, LOOKED_AFTER),
            Map.entry(PersonalEducationPlanReviewed.class, LOOKED_AFTER),
            Map.entry(PathwayPlanCompleted.class, CARE_LEAVER),
            Map.entry(PathwayPlanReviewed.class, CARE_LEAVER),
            Map.entry(CareLeaverAccommodationChanged.class, CARE_LEAVER),
            Map.entry(CareLeaverContactMade.class, CARE_LEAVER));

    private static final Map<Class<? extends ChildCaseEvent>, CaseEpisode> STARTS = Map.of(
            ChildProtectionPlanStarted.class, CHILD_PROTECTION_PLAN,
            ChildInNeedPlanStarted.class, CHILD_IN_NEED_PLAN,
            BecameLookedAfter.class, LOOKED_AFTER,
            PlacementStarted.class, PLACEMENT,
            PrivateFosteringNotified.class, PRIVATE_FOSTERING);

    private static final Map<Class<? extends ChildCaseEvent>, CaseEpisode> ENDS = Map.of(
            ChildProtectionPlanEnded.class, CHILD_PROTECTION_PLAN,
            ChildInNeedPlanEnded.class, CHILD_IN_NEED_PLAN,
            CeasedToBeLookedAfter.class, LOOKED_AFTER,
            PlacementEnded.class, PLACEMENT,
            PrivateFosteringEnded.class, PRIVATE_FOSTERING);

    private EpisodeEffects() {
    }

    static Optional<CaseEpisode> happensDuring(ChildCaseEvent event) {
        if (event instanceof VisitMade visit) {
            return Optional.of(visit.visitType().episode());
        }
        return Optional.ofNullable(HAPPENS_DURING.get(event.getClass()));
    }

    static Optional<CaseEpisode> starts(ChildCaseEvent event) {
        return Optional.ofNullable(STARTS.get(event.getClass()));
    }

    static Optional<CaseEpisode> ends(ChildCaseEvent event) {
        return Optional.ofNullable(ENDS.get(event.getClass()));
    }
}
