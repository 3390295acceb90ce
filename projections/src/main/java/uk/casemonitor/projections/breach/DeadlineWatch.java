package uk.casemonitor.projections.breach;

import org.springframework.transaction.support.TransactionTemplate;
import uk.casemonitor.core.recording.CaseTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.SubjectKind;
import java.util.List;

/**
 * The clock's side of breach-raising: a deadline that simply passes, with no event to prompt a
 * recomputation, still becomes a breach. Run at start-up and every minute.
 */
public class DeadlineWatch {

    private final BreachKeeper breaches;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DeadlineWatch(BreachKeeper breaches, TransactionTemplate transactions, Clock clock) {
        this.breaches = breaches;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many breaches were raised */
    public int check() {
        Instant now = clock.instant();
        LocalDate today = CaseTime.dateOf(now);
        int raised = 0;
        // One short transaction per breach: never more than one subject locked at a time.
        for (Map.Entry<SubjectKind, Obligation> overdue : breaches.passedDeadlinesWithoutBreach(today)) {
            Optional<BreachChange> change = transactions.execute(
                    status -> breaches.raiseForPassedDeadline(overdue.getKey(), overdue.getValue(), today, now));
            if (change != null && change.isPresent()) {
                breaches.publish(List.of(change.get()));
                raised++;
            }
        }
        return raised;
    }
}
