package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.Workforce.Team;
import uk.casemonitor.tools.generator.Workforce.TeamKind;
import uk.casemonitor.core.fostercarer.CarerType;
import uk.casemonitor.core.fostercarer.FosterCarerApprovalReviewed;
import uk.casemonitor.core.fostercarer.FosterCarerApproved;
import uk.casemonitor.core.fostercarer.FosterCarerDbsCheckCompleted;
import uk.casemonitor.core.fostercarer.FosterCarerDeregistered;
import uk.casemonitor.core.fostercarer.FosterCarerEvent;
import uk.casemonitor.core.fostercarer.FosterCarerSupervisoryVisitMade;
import uk.casemonitor.core.fostercarer.FosterCarerTeamAssigned;
import uk.casemonitor.core.fostercarer.FosterCarerUnannouncedVisitMade;
import uk.casemonitor.core.fostercarer.SupervisingSocialWorkerAllocated;
import uk.casemonitor.core.fostercarer.TsdStandardsCompleted;

import java.time.LocalDate;

/**
 * A foster carer from approval to deregistration: the annual review of approval (FSR reg 28), TSD
 * standards within 12 months (18 for connected carers), supervisory visits every 6 weeks (local
 * policy), an unannounced visit each year (NMS 21), DBS renewal every 3 years. Connected
 * (family and friends) carers are usually approved for one child and leave sooner.
 */
final class FosterCarerJourney {

    private static final Odds<String> MAINSTREAM_LEAVING = Odds.of("Retired", 0.35).or("Resigned", 0.3)
            .or("Transferred to an independent fostering agency", 0.17).or("Moved out of the area", 0.1)
            .or("Deregistered following standards of care concerns", 0.08);
    private static final Odds<String> CONNECTED_LEAVING = Odds.of("Special guardianship order granted", 0.5)
            .or("Child returned home", 0.2).or("Resigned", 0.3);

    private static final int ON_TIME_CYCLE_DAYS = 335;
    /** The longest a slipped review is held after it fell due. */
    private static final int MOST_DAYS_LATE = 330;

    private final Chance chance;
    private final Workforce workforce;
    private final PracticeQuality rates;
    private final LocalDate lastDay;
    private final WorkingDays workingDays;
    private final SubjectHistory<FosterCarerEvent> history;
    private final Allocations allocations = new Allocations();

    FosterCarerJourney(Chance chance, Workforce workforce, GeneratorSettings settings, WorkingDays workingDays,
                       RecordingLag lag) {
        this.chance = chance;
        this.workforce = workforce;
        this.rates = settings.rates();
        this.lastDay = settings.endDate();
        this.workingDays = workingDays;
        this.history = new SubjectHistory<>(settings.startDate(), settings.endDate(), lag, chance);
    }

    SubjectHistory<FosterCarerEvent> history() {
        return history;
    }

    void follow(LocalDate approved) {
        CarerType type = chance.happens(0.28) ? CarerType.CONNECTED : CarerType.MAINSTREAM;
        String panel = workforce.fosteringPanel();
        history.add(approved, date -> panel, (c, id, d, at, by) -> new FosterCarerApproved(c, id, d, at, by, type));
        Team team = workforce.team(TeamKind.FOSTERING, chance);
        String worker = chance.pick(team.workers());
        allocations.assign(team, worker, approved);
        history.add(approved, allocations::managerOn, (c, id, d, at, by) -> new FosterCarerTeamAssigned(c, id, d, at, by, team.id()));
        history.add(approved, allocations::managerOn,
                    (c, id, d, at, by) -> new SupervisingSocialWorkerAllocated(c, id, d, at, by, worker));

        boolean connected = type == CarerType.CONNECTED;
        LocalDate leaves = approved.plusDays(connected ? 120 + chance.exponentialDays(800) : 180 + chance.exponentialDays(2900));
        LocalDate active = leaves.minusDays(1);

        trainingStandards(approved, connected ? 18 : 12, active);
        reviews(approved, active);
        supervisoryVisits(approved, active);
        unannouncedVisits(approved, active);
        dbsChecks(approved, active);
        String reason = (connected ? CONNECTED_LEAVING : MAINSTREAM_LEAVING).draw(chance);
        history.add(leaves, allocations::managerOn, (c, id, d, at, by) -> new FosterCarerDeregistered(c, id, d, at, by, reason));
        allocations.end(leaves);
        for (Allocations.Reallocation change : allocations.reallocate(chance, 0.4, lastDay)) {
            history.add(change.on(), allocations::managerOn,
                        (c, id, d, at, by) -> new SupervisingSocialWorkerAllocated(c, id, d, at, by, change.worker()));
        }
    }

    private void trainingStandards(LocalDate approved, int monthsAllowed, LocalDate active) {
        LocalDate due = approved.plusMonths(monthsAllowed);
        double roll = chance.fraction();
        if (roll < 0.05 && approved.isAfter(lastDay.minusYears(2))) {
            return; // not yet completed by a recently approved carer: a finding in itself
        }
        LocalDate completed = roll < 0.2
                ? due.plusDays(chance.between(1, 180))
                : chance.dayBetween(approved.plusMonths(3), due);
        record(weekday(completed), active, TsdStandardsCompleted::new);
    }

    /**
     * FSR reg 28: reviewed within a year of approval and of each review. The practice rate is the
     * share of carers whose review is out of date at any moment, as an inspection finds it ("about
     * half"): a service that far behind lets most reviews slip, by weeks to months, but holds a
     * slipped review within the year after it fell due (a panel that lost a carer for years would
     * have deregistered them), so a carer approved decades ago has a review of the last year or two.
     */
    private void reviews(LocalDate approved, LocalDate active) {
        // Carers in their first year (about a sixth of those approved) are all in date, so the others
        // are out of date a little more often than the rate.
        double outOfDate = Math.min(rates.overdueCarerReview() * 1.2, 0.95);
        double slips = outOfDate == 0 ? 0 : Math.min(0.9, 0.3 + outOfDate);
        // On time a review comes about 30 days early; a slipped one is late by this much on average,
        // which makes the time out of date that share of all the time, at most a year.
        double meanDaysLate = Math.min(MOST_DAYS_LATE - 60,
                outOfDate * (ON_TIME_CYCLE_DAYS + 30 * slips) / ((1 - outOfDate) * slips));
        int spread = (int) Math.min(meanDaysLate - 1, MOST_DAYS_LATE - meanDaysLate);
        LocalDate last = approved;
        while (true) {
            LocalDate due = last.plusYears(1);
            LocalDate review = chance.happens(slips)
                    ? weekdayBefore(due.plusDays(chance.between((int) meanDaysLate - spread, (int) meanDaysLate + spread)))
                    : weekdayBefore(due.minusDays(chance.between(0, 60)));
            if (review.isAfter(active) || review.isAfter(lastDay)) {
                return;
            }
            String officer = workforce.fosteringReviewingOfficer(chance);
            history.add(review, date -> officer, FosterCarerApprovalReviewed::new);
            last = review;
        }
    }

    private void supervisoryVisits(LocalDate approved, LocalDate active) {
        LocalDate visit = approved;
        while (true) {
            visit = chance.happens(rates.lateVisit())
                    ? weekday(visit.plusDays(chance.between(43, 70)))
                    : weekdayBefore(visit.plusDays(chance.between(21, 42)));
            if (visit.isAfter(active) || visit.isAfter(lastDay)) {
                return;
            }
            history.add(visit, allocations::workerOn, FosterCarerSupervisoryVisitMade::new);
        }
    }

    /** NMS 21: at least one unannounced visit a year; one year in five goes without. */
    private void unannouncedVisits(LocalDate approved, LocalDate active) {
        for (LocalDate year = approved; !year.isAfter(active) && !year.isAfter(lastDay); year = year.plusYears(1)) {
            if (chance.happens(0.8)) {
                LocalDate visit = weekday(chance.dayBetween(year.plusDays(1), year.plusYears(1).minusDays(1)));
                record(visit, active, FosterCarerUnannouncedVisitMade::new);
            }
        }
    }

    private void dbsChecks(LocalDate approved, LocalDate active) {
        LocalDate check = approved;
        while (!check.isAfter(active) && !check.isAfter(lastDay)) {
            history.add(check, allocations::workerOn, FosterCarerDbsCheckCompleted::new);
            LocalDate due = check.plusYears(3);
            check = chance.happens(0.2) ? weekday(due.plusDays(chance.between(1, 180))) : weekdayBefore(due.minusDays(chance.between(0, 45)));
        }
    }

    private void record(LocalDate on, LocalDate active, EventFactory<FosterCarerEvent> event) {
        if (!on.isAfter(active)) {
            history.add(on, allocations::workerOn, event);
        }
    }

    private LocalDate weekday(LocalDate date) {
        return workingDays.onOrAfter(date);
    }

    private LocalDate weekdayBefore(LocalDate date) {
        return workingDays.onOrBefore(date);
    }
}
