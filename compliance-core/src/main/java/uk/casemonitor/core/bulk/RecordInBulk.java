package uk.casemonitor.core.bulk;

import uk.casemonitor.core.childcase.RecordChildCaseEvents;
import uk.casemonitor.core.fostercarer.RecordFosterCarerEvents;

import java.util.List;

/**
 * Record many children's and carers' events in one unit of work: all or nothing, one transaction,
 * one batch insert into the event store. For imports and bulk loads, where one transaction per
 * child would spend most of its time committing.
 */
public record RecordInBulk(List<RecordChildCaseEvents> children, List<RecordFosterCarerEvents> carers) {

    public RecordInBulk {
        children = List.copyOf(children);
        carers = List.copyOf(carers);
    }

    public int size() {
        return children.stream().mapToInt(c -> c.events().size()).sum()
                + carers.stream().mapToInt(c -> c.events().size()).sum();
    }
}
