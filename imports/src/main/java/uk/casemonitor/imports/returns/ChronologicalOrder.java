package uk.casemonitor.imports.returns;

import uk.casemonitor.core.childcase.AssessmentStarted;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CeasedToBeLookedAfter;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.ChildInNeedPlanEnded;
import uk.casemonitor.core.childcase.ChildInNeedPlanStarted;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.InitialChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.PlacementChanged;
import uk.casemonitor.core.childcase.PlacementStarted;
import uk.casemonitor.core.childcase.ReferralDecisionMade;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.Section47EnquiryStarted;
import uk.casemonitor.core.childcase.StrategyDiscussionHeld;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which a child's imported events are sent, so that the case history accepts them:
 * the child's date of birth first, then by date; on the same day, what opens an episode comes
 * before what happens during it, and what ends an episode (or the case) comes last — a review held
 * on the day a plan ended still belongs to that plan.
 */
public final class ChronologicalOrder {

    private static final List<Class<? extends ChildCaseEvent>> OPENING = List.of(
            ReferralReceived.class,
            ReferralDecisionMade.class,
            StrategyDiscussionHeld.class,
            Section47EnquiryStarted.class,
            AssessmentStarted.class,
            InitialChildProtectionConferenceHeld.class,
            ChildProtectionPlanStarted.class,
            ChildInNeedPlanStarted.class,
            BecameLookedAfter.class,
            PlacementStarted.class,
            PlacementChanged.class,
            BecameCareLeaver.class);

    private static final List<Class<? extends ChildCaseEvent>> CLOSING = List.of(
            ChildProtectionPlanEnded.class,
            ChildInNeedPlanEnded.class,
            CeasedToBeLookedAfter.class,
            CaseClosed.class);

    /** A child's imported events, from any source, in the order they are sent. */
    public static final Comparator<ChildCaseEvent> OF_EVENTS = Comparator
            .comparing((ChildCaseEvent e) -> !(e instanceof ChildDetailsRecorded))
            .thenComparing(ChildCaseEvent::occurredAt)
            .thenComparingInt(ChronologicalOrder::sameDayRank);

    static final Comparator<ReturnEvent> EVENTS = Comparator.comparing(ReturnEvent::event, OF_EVENTS);

    private ChronologicalOrder() {
    }

    private static int sameDayRank(ChildCaseEvent event) {
        int opening = OPENING.indexOf(event.getClass());
        if (opening >= 0) {
            return opening;
        }
        int closing = CLOSING.indexOf(event.getClass());
        // Anything not listed happens during the episodes opened that day.
        return closing >= 0 ? OPENING.size() + 1 + closing : OPENING.size();
    }
}
