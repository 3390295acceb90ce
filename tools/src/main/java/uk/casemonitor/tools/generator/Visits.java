package uk.casemonitor.tools.generator;

import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Statutory visits to a child: when they fall (on time, or late at the authority's late-visit rate)
 * and what the record says about the child being seen, and seen alone (CPPCR reg 29: a reason when
 * not). A baby is never seen alone; a record sometimes leaves the question unanswered.
 */
final class Visits {

    private static final List<String> REASONS_NOT_SEEN_ALONE = List.of(
            "Child declined to be seen alone",
            "Parent would not allow it",
            "Seen at school with a teacher present",
            "Sibling present throughout",
            "Interpreter present");

    private final CaseFile file;
    private final VisitType type;

    Visits(CaseFile file, VisitType type) {
        this.file = file;
        this.type = type;
    }

    /**
     * Visits from {@code from} to {@code until}, each due by {@code dueAfter} the previous one (the
     * first by {@code dueAfter} of {@code from}); on time a visit falls in the last part of the
     * interval, late it falls up to half an interval again after the due date.
     *
     * @return the last visit, or {@code from} when there was none
     */
    LocalDate every(LocalDate from, LocalDate until, UnaryOperator<LocalDate> dueAfter) {
        LocalDate last = from;
        while (true) {
            LocalDate visit = next(last, dueAfter.apply(last));
            if (visit.isAfter(until) || visit.isAfter(file.lastDay)) {
                return last;
            }
            made(visit);
            last = visit;
        }
    }

    /** One visit due by {@code due} after {@code last}, on time or late. */
    LocalDate next(LocalDate last, LocalDate due) {
        long interval = Math.max(2, due.toEpochDay() - last.toEpochDay());
        if (file.chance.happens(file.rates.lateVisit())) {
            LocalDate lateBy = due.plusDays(1 + file.chance.between(0, (int) Math.max(3, interval / 2)));
            return file.weekdayOnOrAfter(lateBy);
        }
        LocalDate earliest = last.plusDays(Math.max(1, interval / 2));
        LocalDate day = file.weekdayOnOrBefore(file.chance.dayBetween(earliest, due));
        return day.isAfter(last) ? day : due;
    }

    void made(LocalDate on) {
        Boolean seen;
        Boolean seenAlone;
        String reason = null;
        if (file.chance.happens(file.rates.seenAnswerMissing())) {
            seen = null;
            seenAlone = null;
        } else if (file.chance.happens(0.04)) {
            seen = false;
            seenAlone = null;
        } else {
            seen = true;
            if (file.ageOn(on) < 3) {
                seenAlone = false;
                reason = "Child too young to be seen alone";
            } else if (file.chance.happens(file.rates.seenAnswerMissing())) {
                seenAlone = null;
            } else if (file.chance.happens(file.rates.notSeenAlone())) {
                seenAlone = false;
                // Some records give no reason, which is itself a finding under reg 29.
                reason = file.chance.happens(0.85) ? file.chance.pick(REASONS_NOT_SEEN_ALONE) : null;
            } else {
                seenAlone = true;
            }
        }
        String reasonNotSeenAlone = reason;
        file.byWorker(on, (c, id, d, at, by) -> new VisitMade(c, id, d, at, by, type, seen, seenAlone, reasonNotSeenAlone));
    }
}
