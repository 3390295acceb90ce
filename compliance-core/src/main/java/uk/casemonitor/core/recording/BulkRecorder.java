package uk.casemonitor.core.recording;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import uk.casemonitor.core.childcase.ChildCase;
import uk.casemonitor.core.childcase.RecordChildCaseEvents;
import uk.casemonitor.core.fostercarer.FosterCarer;
import uk.casemonitor.core.fostercarer.RecordFosterCarerEvents;

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

    @CommandHandler
    public RecordingOutcome handle(RecordInBulk command) throws Exception {
        RecordingOutcome total = new RecordingOutcome(0, 0);
        for (RecordChildCaseEvents child : command.children()) {
            total = total.plus(childCases.loadOrCreate(child.streamId(), ChildCase::new).invoke(c -> c.handle(child)));
        }
        for (RecordFosterCarerEvents carer : command.carers()) {
            total = total.plus(fosterCarers.loadOrCreate(carer.streamId(), FosterCarer::new).invoke(c -> c.handle(carer)));
        }
        return total;
    }
}
