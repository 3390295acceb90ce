package uk.casemonitor.projections.compliance;

import org.springframework.transaction.support.TransactionTemplate;
import uk.casemonitor.projections.kpi.KpiDayChanges;
import uk.casemonitor.projections.kpi.KpiRollup;

/**
 * Roll-up changes summed across many transactions and written together: in a full recompute every
 * subject adds to the same authority, team and worker rows, so summing first turns some hundred row
 * writes per subject into a few per row. Only committed transactions' changes are added, and they are
 * written early, in a transaction of their own, should the sum grow past a bound, so memory stays
 * bounded for a large authority.
 */
public final class DeferredRollup {

    private static final int MAX_ROWS_HELD = 500_000;

    private final KpiRollup rollup;
    private final TransactionTemplate transactions;
    private final KpiDayChanges changes = new KpiDayChanges();

    DeferredRollup(KpiRollup rollup, TransactionTemplate transactions) {
        this.rollup = rollup;
        this.transactions = transactions;
    }

    synchronized void add(KpiDayChanges more) {
        changes.add(more);
        if (changes.size() > MAX_ROWS_HELD) {
            flush();
        }
    }

    synchronized void flush() {
        transactions.executeWithoutResult(status -> rollup.add(changes));
        changes.clear();
    }
}
