package uk.casemonitor.core.recording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dated periods of one kind of episode (plans, care episodes, approvals). Checks are by date,
 * not by arrival order: a visit recorded weeks late still belongs to the plan it happened under.
 */
public final class Periods {

    public record Period(LocalDate start, LocalDate end) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(start) && (end == null || !date.isAfter(end));
        }
    }

    /** No periods at all; never modified. */
    public static final Periods NONE = new Periods(List.of());

    private final List<Period> periods;

    public Periods() {
        this(new ArrayList<>());
    }

    private Periods(List<Period> periods) {
        this.periods = periods;
    }

    public boolean covers(LocalDate date) {
        return periods.stream().anyMatch(p -> p.covers(date));
    }

    public Optional<Period> current() {
        return periods.stream().filter(p -> p.end() == null).findFirst();
    }

    public boolean isOpen() {
        return current().isPresent();
    }

    /** Whether a new period may start on this date without overlapping one already known. */
    public boolean canStartOn(LocalDate date) {
        return !isOpen() && !covers(date);
    }

    /** Whether the open period may end on this date. */
    public boolean canEndOn(LocalDate date) {
        return current().map(p -> !date.isBefore(p.start())).orElse(false);
    }

    /** The period that ended last, when none is open. */
    public Optional<Period> lastEnded() {
        return isOpen() || periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    /** Brings the end of the period that ended last forward to this date (within it). */
    public void endLastOn(LocalDate date) {
        lastEnded().filter(last -> last.covers(date))
                   .ifPresent(last -> periods.set(periods.size() - 1, new Period(last.start(), date)));
    }

    public void start(LocalDate date) {
        periods.add(new Period(date, null));
    }

    public void end(LocalDate date) {
        current().ifPresent(open -> periods.set(periods.indexOf(open), new Period(open.start(), date)));
    }

    public List<Period> all() {
        return List.copyOf(periods);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Periods that && periods.equals(that.periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    @Override
    public String toString() {
        return periods.toString();
    }
}
