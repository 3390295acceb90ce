package uk.casemonitor.tools.generator.ssd;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What was written: the rows of each table on each night, and how the second night differs from
 * the first, table by table, as an importer comparing the two snapshots should find it.
 *
 * @param nightOne           the first night's folder
 * @param nightTwo           the second night's folder
 * @param mistypedVisitDates visits whose date the second night corrects
 * @param duplicatesDeleted  visits entered twice on the first night whose duplicate is gone on the second
 * @param allocationsWithdrawn team and worker allocations the first night shows held and the second shows
 *                           passed on the day they were made ({@link AllocationsPassedOn}): their rows stay,
 *                           but no longer allocate anyone
 * @param workerChanges      involvements on the second night that change a child's worker and were not there on the first
 */
public record SsdExtractSummary(Path nightOne, Path nightTwo, Map<SsdTable, Long> nightOneRows,
                                Map<SsdTable, Long> nightTwoRows, Map<SsdTable, Changes> changes,
                                long children, long mistypedVisitDates, long duplicatesDeleted, long allocationsWithdrawn,
                                long workerChanges, Duration took) {

    /** Rows of one table added, changed (same id, other values) and vanished between the nights. */
    public record Changes(long added, long changed, long vanished) {

        Changes plus(Changes other) {
            return new Changes(added + other.added, changed + other.changed, vanished + other.vanished);
        }

        public long total() {
            return added + changed + vanished;
        }
    }

    public SsdExtractSummary {
        nightOneRows = Map.copyOf(nightOneRows);
        nightTwoRows = Map.copyOf(nightTwoRows);
        changes = Map.copyOf(changes);
    }

    public long rows(Map<SsdTable, Long> night) {
        return night.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The events the second night's import should take back: each deleted duplicate's visit, and each
     * allocation withdrawn. Nothing else the second night changes makes an earlier event wrong.
     */
    public long eventsTakenBack() {
        return duplicatesDeleted + allocationsWithdrawn;
    }

    public long changedRows() {
        return changes.values().stream().mapToLong(Changes::total).sum();
    }

    @Override
    public String toString() {
        return String.format("SSD extract of %,d children: night 1 %,d rows in %s, night 2 %,d rows in %s; "
                             + "%,d rows differ (%.2f%%: %,d visit dates corrected, %,d duplicates deleted, %,d allocations withdrawn, "
                             + "%,d worker changes) in %.1f s",
                             children, rows(nightOneRows), nightOne, rows(nightTwoRows), nightTwo, changedRows(),
                             100.0 * changedRows() / Math.max(1, rows(nightTwoRows)), mistypedVisitDates, duplicatesDeleted,
                             allocationsWithdrawn, workerChanges, took.toMillis() / 1000.0);
    }
}
