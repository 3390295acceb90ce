package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.TeamAssigned;
import uk.casemonitor.core.childcase.WorkerAllocated;
import uk.casemonitor.imports.returns.ChronologicalOrder;

import java.util.Comparator;

/**
 * The order a child's events from the SSD are sent in: the returns' order, so that the case history
 * accepts them (the child's details, then by date, what opens an episode before what happens in it),
 * allocations first on their day, and the event id last so that the same snapshot is always sent alike.
 */
final class SsdEventOrder {

    static final Comparator<ChildCaseEvent> CHRONOLOGICAL = Comparator
            .comparing((ChildCaseEvent e) -> !(e instanceof ChildDetailsRecorded))
            .thenComparing(ChildCaseEvent::occurredAt)
            .thenComparingInt(SsdEventOrder::allocationsEarly)
            .thenComparing(ChronologicalOrder.OF_EVENTS)
            .thenComparing(ChildCaseEvent::eventId);

    /**
     * An involvement holds the case from its start date: the team and worker allocated on a day are
     * the ones whose work that day's practice is (the plan started at the conference that moved the
     * case to safeguarding is safeguarding's), as a case system records the transfer first. Only a
     * referral comes before them: it is what (re)opens the case they are allocated to.
     */
    private static int allocationsEarly(ChildCaseEvent event) {
        if (event instanceof ReferralReceived) {
            return 0;
        }
        return event instanceof TeamAssigned || event instanceof WorkerAllocated ? 1 : 2;
    }

    private SsdEventOrder() {
    }
}
