package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.imports.returns.ChronologicalOrder;

import java.util.Comparator;

/**
 * The order a child's events from the SSD are sent in: the returns' order, so that the case history
 * accepts them (the child's details, then by date, what opens an episode before what happens in it),
 * and the event id last so that the same snapshot is always sent alike.
 */
final class SsdEventOrder {

    static final Comparator<ChildCaseEvent> CHRONOLOGICAL = ChronologicalOrder.OF_EVENTS
            .thenComparing(ChildCaseEvent::eventId);

    private SsdEventOrder() {
    }
}
