package uk.casemonitor.projections.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Amounts to add to rows of the KPI roll-up, summed per row. Changes that cancel out (a subject's
 * old and new contributions on a day it did not change) leave nothing to write.
 */
public final class KpiDayChanges {

    /** One row's change: how much its denominator and numerator change from its day on. */
    record Change(KpiDay day, long denominator, long numerator) {
    }

    private final Map<KpiDay, long[]> changes = new HashMap<>();

    void add(KpiDay day, long denominator, long numerator) {
        if (denominator == 0 && numerator == 0) {
            return;
        }
        long[] sum = changes.computeIfAbsent(day, d -> new long[2]);
        sum[0] += denominator;
        sum[1] += numerator;
        if (sum[0] == 0 && sum[1] == 0) {
            changes.remove(day);
        }
    }

    public KpiDayChanges add(KpiDayChanges other) {
        other.changes.forEach((day, change) -> add(day, change[0], change[1]));
        return this;
    }

    KpiDayChanges subtract(KpiDayChanges other) {
        other.changes.forEach((day, change) -> add(day, -change[0], -change[1]));
        return this;
    }

    void clear() {
        changes.clear();
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    int size() {
        return changes.size();
    }

    /** In key order: the order every transaction locks the roll-up's rows in. */
    List<Change> inKeyOrder() {
        List<Change> sorted = new ArrayList<>(changes.size());
        changes.forEach((day, change) -> sorted.add(new Change(day, change[0], change[1])));
        sorted.sort((a, b) -> a.day().compareTo(b.day()));
        return sorted;
    }
}
