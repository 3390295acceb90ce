package uk.casemonitor.core.childcase;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
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
 * review conference can only happen during a child-protection plan, or that ceasing to be looked
 * after also ends the placement. The aggregate, the compliance engine and the data-quality checks
 * all read episodes through {@link CaseEpisodes}, which applies these effects.
 */
final class EpisodeEffects {

    /** What one event does to one episode. */
    enum Change {
        NONE,
        /** Starts a period; one already open that started on an earlier day ends that day. */
        START,
        /** Starts a period unless one is already open, which simply continues. */
        START_UNLESS_OPEN,
        END
    }

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

    /** Start an episode that must not already be open on that date (the aggregate refuses an overlap). */
    private static final Map<Class<? extends ChildCaseEvent>, CaseEpisode> STARTS = Map.of(
            ChildProtectionPlanStarted.class, CHILD_PROTECTION_PLAN,
            ChildInNeedPlanStarted.class, CHILD_IN_NEED_PLAN,
            BecameLookedAfter.class, LOOKED_AFTER,
            PlacementStarted.class, PLACEMENT,
            PrivateFosteringNotified.class, PRIVATE_FOSTERING);

    /** A move: the current placement ends and the next starts the same day, with no gap to check. */
    private static final Map<Class<? extends ChildCaseEvent>, CaseEpisode> MOVES_ON = Map.of(
            PlacementChanged.class, PLACEMENT);

    /**
     * A young person becomes a care leaver once; a later status (eligible, relevant, former relevant)
     * is the same support continuing, not a new period.
     */
    private static final Map<Class<? extends ChildCaseEvent>, CaseEpisode> STARTS_UNLESS_OPEN = Map.of(
            BecameCareLeaver.class, CARE_LEAVER);

    /** End an episode that must be open on or before that date (the aggregate refuses otherwise). */
    private static final Map<Class<? extends ChildCaseEvent>, CaseEpisode> ENDS = Map.of(
            ChildProtectionPlanEnded.class, CHILD_PROTECTION_PLAN,
            ChildInNeedPlanEnded.class, CHILD_IN_NEED_PLAN,
            CeasedToBeLookedAfter.class, LOOKED_AFTER,
            PlacementEnded.class, PLACEMENT,
            PrivateFosteringEnded.class, PRIVATE_FOSTERING);

    /** A placement is part of being looked after: when the child ceases to be looked after, it ends too. */
    private static final Map<CaseEpisode, CaseEpisode> ENDS_WITH = Map.of(PLACEMENT, LOOKED_AFTER);

    private EpisodeEffects() {
    }

    static Optional<CaseEpisode> happensDuring(ChildCaseEvent event) {
        if (event instanceof VisitMade visit) {
            return Optional.of(visit.visitType().episode());
        }
        return Optional.ofNullable(HAPPENS_DURING.get(event.getClass()));
    }

    /** The episode this event opens, which must not overlap one already recorded. */
    static Optional<CaseEpisode> starts(ChildCaseEvent event) {
        return Optional.ofNullable(STARTS.get(event.getClass()));
    }

    /** The episode this event closes by name, which must be open; see {@link #changeTo} for all it ends. */
    static Optional<CaseEpisode> ends(ChildCaseEvent event) {
        return Optional.ofNullable(ENDS.get(event.getClass()));
    }

    /** Everything the event does to the episodes, in the order of {@link CaseEpisode}; empty when nothing. */
    static Map<CaseEpisode, Change> changes(ChildCaseEvent event) {
        return CHANGES.getOrDefault(event.getClass(), Map.of());
    }

    private static Change changeTo(CaseEpisode episode, Class<?> kind) {
        // Closing the case ends all the work with the child.
        if (kind == CaseClosed.class) {
            return Change.END;
        }
        CaseEpisode ended = ENDS.get(kind);
        if (ended != null && (ended == episode || ended == ENDS_WITH.get(episode))) {
            return Change.END;
        }
        if (STARTS.get(kind) == episode || MOVES_ON.get(kind) == episode) {
            return Change.START;
        }
        return STARTS_UNLESS_OPEN.get(kind) == episode ? Change.START_UNLESS_OPEN : Change.NONE;
    }

    /** Worked out once per kind of event: the engine applies every event of every child through it. */
    private static final Map<Class<?>, Map<CaseEpisode, Change>> CHANGES = changesOfEveryKind();

    private static Map<Class<?>, Map<CaseEpisode, Change>> changesOfEveryKind() {
        Map<Class<?>, Map<CaseEpisode, Change>> all = new HashMap<>();
        for (Class<?> kind : ChildCaseEvent.class.getPermittedSubclasses()) {
            Map<CaseEpisode, Change> changes = new EnumMap<>(CaseEpisode.class);
            for (CaseEpisode episode : CaseEpisode.values()) {
                Change change = changeTo(episode, kind);
                if (change != Change.NONE) {
                    changes.put(episode, change);
                }
            }
            if (!changes.isEmpty()) {
                all.put(kind, Collections.unmodifiableMap(changes));
            }
        }
        return Map.copyOf(all);
    }
}
