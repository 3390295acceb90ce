package uk.casemonitor.projections.kpi;

import java.util.function.Consumer;

/**
 * Roll-up changes summed over many subjects and written together: every subject adds to the same
 * authority, team and worker rows, so summing first turns some hundred row writes per subject into a
 * few per row. Should the sum grow past a bound it is written early, so memory stays bounded for a
 * large authority.
 */
public final class DeferredRollup {

    private final Consumer<KpiDayChanges> writer;
    private final int maxRowsHeld;
    private final KpiDayChanges changes = new KpiDayChanges();

    /**
     * @param writer      adds summed changes to the roll-up
     * @param maxRowsHeld how many summed rows to hold before writing them
     */
    public DeferredRollup(Consumer<KpiDayChanges> writer, int maxRowsHeld) {
        this.writer = writer;
        this.maxRowsHeld = maxRowsHeld;
    }

    public synchronized void add(KpiDayChanges more) {
        changes.add(more);
        if (changes.size() > maxRowsHeld) {
            flush();
        }
    }

    public synchronized void flush() {
        writer.accept(changes);
        changes.clear();
    }
}
