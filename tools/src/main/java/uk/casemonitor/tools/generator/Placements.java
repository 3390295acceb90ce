package uk.casemonitor.tools.generator;

import uk.casemonitor.core.childcase.PlacementChanged;
import uk.casemonitor.core.childcase.PlacementEnded;
import uk.casemonitor.core.childcase.PlacementStarted;
import uk.casemonitor.core.childcase.VisitType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a looked-after child lives during one care episode, and the visits that follow each move
 * (CPPCR reg 28): within a week of a placement starting, then at most every 6 weeks in its first
 * year, every 3 months after that once it is agreed to be long-term. Most children move rarely; an
 * unsettled few move several times a year (the SSDA903 stability measure).
 */
final class Placements {

    private static final Odds<String> MOVE_REASONS = Odds.of("Change to care plan", 0.3)
            .or("Carer requested removal", 0.2).or("Placement breakdown", 0.15).or("Child requested move", 0.08)
            .or("Move to long-term placement", 0.12).or("Allegation against carer", 0.03)
            .or("Resignation or closure of provision", 0.07).or("Other", 0.05);

    private final CaseFile file;

    Placements(CaseFile file) {
        this.file = file;
    }

    void during(LocalDate start, LocalDate leaves) {
        boolean unsettled = file.chance.happens(0.1);
        LocalDate from = start;
        boolean longTerm = false;
        String type = placementType(start, false);
        String firstType = type;
        file.byWorker(start, (c, id, d, at, by) -> new PlacementStarted(c, id, d, at, by, firstType, false));
        while (true) {
            double meanDays = unsettled ? 110 : ChronoUnit.DAYS.between(start, from) < 365 ? 600 : 1200;
            LocalDate moves = from.plusDays(14 + file.chance.exponentialDays(meanDays));
            if (!moves.isBefore(leaves) || moves.isAfter(file.lastDay)) {
                visits(from, leaves, longTerm);
                return;
            }
            visits(from, moves.minusDays(1), longTerm);
            if (file.chance.happens(0.03)) {
                // In hospital, or missing, for a few days: the placement ends and a new one starts after.
                LocalDate back = moves.plusDays(file.chance.between(2, 10));
                if (!back.isBefore(leaves)) {
                    visits(moves, leaves, false);
                    return;
                }
                file.byWorker(moves, PlacementEnded::new);
                longTerm = false;
                type = placementType(back, false);
                String newType = type;
                file.byWorker(back, (c, id, d, at, by) -> new PlacementStarted(c, id, d, at, by, newType, false));
                from = back;
                continue;
            }
            longTerm = longTerm || ChronoUnit.DAYS.between(start, moves) > 270 && file.chance.happens(0.5);
            type = placementType(moves, longTerm);
            String reason = longTerm && file.chance.happens(0.5) ? "Move to long-term placement" : MOVE_REASONS.draw(file.chance);
            String movedTo = type;
            boolean agreedLongTerm = longTerm;
            file.byWorker(moves, (c, id, d, at, by) -> new PlacementChanged(c, id, d, at, by, movedTo, agreedLongTerm, reason));
            from = moves;
        }
    }

    /** Reg 28 visits from a placement's start until the day before the next move (or the end of care). */
    private void visits(LocalDate placed, LocalDate until, boolean longTerm) {
        Visits visits = new Visits(file, VisitType.LOOKED_AFTER);
        LocalDate first = visits.next(placed, placed.plusWeeks(1));
        if (first.isAfter(until) || first.isAfter(file.lastDay)) {
            return;
        }
        visits.made(first);
        LocalDate firstYearEnds = placed.plusYears(1);
        visits.every(first, until, last -> longTerm && !last.isBefore(firstYearEnds)
                ? last.plusMonths(3)
                : last.plusWeeks(6));
    }

    /** SSDA903 placement codes: foster care for most, children's homes and semi-independence for older children. */
    private String placementType(LocalDate on, boolean longTerm) {
        int age = file.ageOn(on);
        if (longTerm) {
            return file.chance.happens(0.3) ? "U1" : "U4";
        }
        Odds<String> odds = Odds.of("U5", 0.5).or("U2", 0.2).or("U6", age < 2 ? 0.1 : 0.0).or("P1", 0.05);
        if (age >= 11) {
            odds.or("K2", 0.15);
        }
        if (age >= 16) {
            odds.or("H5", 0.25);
        }
        return odds.draw(file.chance);
    }
}
