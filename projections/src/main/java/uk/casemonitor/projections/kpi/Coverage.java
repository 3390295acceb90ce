package uk.casemonitor.projections.kpi;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How many of some ranges of days cover each day, kept as the changes on the days the count changes.
 * The roll-up's arithmetic: a KPI counted "on D" is a count of ranges covering D.
 */
final class Coverage {

    private final TreeMap<LocalDate, Integer> changes = new TreeMap<>();

    /** Adds the days from {@code from} up to but not including {@code until}; null: with no end. Nothing if empty. */
    Coverage add(LocalDate from, LocalDate until) {
        if (until != null && !until.isAfter(from)) {
            return this;
        }
        change(from, 1);
        if (until != null) {
            change(until, -1);
        }
        return this;
    }

    Coverage add(Coverage other) {
        other.changes.forEach(this::change);
        return this;
    }

    /** The days covered at least {@code times} times, as a coverage of 0 or 1 on each day. */
    Coverage atLeast(int times) {
        Coverage covered = new Coverage();
        int count = 0;
        for (Map.Entry<LocalDate, Integer> change : changes.entrySet()) {
            boolean before = count >= times;
            count += change.getValue();
            boolean after = count >= times;
            if (before != after) {
                covered.change(change.getKey(), after ? 1 : -1);
            }
        }
        return covered;
    }

    /** Day by day, how the count changes; summed over the days up to D, the count on D. */
    NavigableMap<LocalDate, Integer> changes() {
        return java.util.Collections.unmodifiableNavigableMap(changes);
    }

    private void change(LocalDate day, int by) {
        changes.merge(day, by, (a, b) -> a + b == 0 ? null : a + b);
    }
}
