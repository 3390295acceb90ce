package uk.casemonitor.core.bulk;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import uk.casemonitor.core.childcase.ChildCase;
import uk.casemonitor.core.childcase.RecordChildCaseEvents;
import uk.casemonitor.core.fostercarer.FosterCarer;
import uk.casemonitor.core.fostercarer.RecordFosterCarerEvents;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Handles {@link RecordInBulk} by loading (or opening) each subject's aggregate in the same unit of
 * work and letting it check and apply its own events, exactly as for a single command; only the
 * transaction is shared.
 */
public class BulkRecorder {

    private final Repository<ChildCase> childCases;
    private final Repository<FosterCarer> fosterCarers;

    public BulkRecorder(Repository<ChildCase> childCases, Repository<FosterCarer> fosterCarers) {
        this.childCases = childCases;
        this.fosterCarers = fosterCarers;
    }

    /**
     * Every aggregate is loaded before any applies its events: Axon looks through the events already
     * staged in the unit of work each time it loads one, which grows quadratically if the two interleave.
     */
    @CommandHandler
    public RecordingOutcome handle(RecordInBulk command) throws Exception {
        List<Aggregate<ChildCase>> children = new ArrayList<>();
        for (RecordChildCaseEvents child : command.children()) {
            children.add(childCases.loadOrCreate(child.streamId(), ChildCase::new));
        }
        List<Aggregate<FosterCarer>> carers = new ArrayList<>();
        for (RecordFosterCarerEvents carer : command.carers()) {
            carers.add(fosterCarers.loadOrCreate(carer.streamId(), FosterCarer::new));
        }
        RecordingOutcome total = new RecordingOutcome(0, 0);
        for (int i = 0; i < children.size(); i++) {
            RecordChildCaseEvents child = command.children().get(i);
            total = total.plus(children.get(i).invoke(c -> c.handle(child)));
        }
        for (int i = 0; i < carers.size(); i++) {
            RecordFosterCarerEvents carer = command.carers().get(i);
            total = total.plus(carers.get(i).invoke(c -> c.handle(carer)));
        }
        return total;
    }
}
