package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.Workforce.TeamKind;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.CareLeaverAccommodationChanged;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.CareLeaverStatus;
import uk.casemonitor.core.childcase.PathwayPlanCompleted;
import uk.casemonitor.core.childcase.PathwayPlanReviewed;
import uk.casemonitor.core.childcase.VisitType;

import java.time.LocalDate;

/**
 * Support for a care leaver (Care Leavers (England) Regulations 2010): eligible at 16 while still
 * in care, relevant if they leave care before 18, former relevant from 18 until support ends at 21
 * (or 25 for those who ask for it). A needs assessment and pathway plan within 3 months of becoming
 * eligible, reviewed every 6 months; a relevant child visited every 2 months and within 7 days of
 * moving; a former relevant child contacted every 8 weeks (local policy), with how they are doing
 * as the SSDA903 care-leaver return asks: in touch, accommodation and whether it is suitable, NEET.
 */
final class LeavingCare {

    /** SSDA903 care-leaver returns: about 4 in 10 care leavers aged 19-21 are NEET. */
    static final double NEET_SHARE = 0.4;

    private record Accommodation(String type, boolean suitable) {
    }

    private static final Odds<Accommodation> ACCOMMODATION = Odds
            .of(new Accommodation("Independent living", true), 0.30)
            .or(new Accommodation("Semi-independent, transitional accommodation", true), 0.18)
            .or(new Accommodation("With parents or relatives", true), 0.12)
            .or(new Accommodation("Staying put with former foster carers", true), 0.10)
            .or(new Accommodation("Supported lodgings", true), 0.08)
            .or(new Accommodation("Independent living", false), 0.03)
            .or(new Accommodation("In custody", false), 0.03)
            .or(new Accommodation("Bed and breakfast", false), 0.02)
            .or(new Accommodation("No fixed abode or homeless", false), 0.03)
            .or(new Accommodation("Other accommodation", true), 0.11);

    private final CaseFile file;
    private Accommodation accommodation;
    private boolean neet;

    LeavingCare(CaseFile file) {
        this.file = file;
    }

    /**
     * @param eligible  the day the young person became an eligible care leaver (on or before leaving care)
     * @param leftCare  the day they ceased to be looked after
     * @return the case closing when support ends
     */
    Next support(LocalDate eligible, LocalDate leftCare) {
        LocalDate eighteen = file.birthday(18);
        LocalDate supportEnds = file.chance.happens(0.15) ? file.birthday(25) : file.birthday(21);
        if (eligible.isBefore(leftCare)) {
            file.byWorker(eligible, (c, id, d, at, by) -> new BecameCareLeaver(c, id, d, at, by, CareLeaverStatus.ELIGIBLE));
        }
        file.transferTo(TeamKind.LEAVING_CARE, leftCare);
        if (leftCare.isBefore(eighteen)) {
            file.byWorker(leftCare, (c, id, d, at, by) -> new BecameCareLeaver(c, id, d, at, by, CareLeaverStatus.RELEVANT));
        }
        LocalDate formerRelevant = CaseFile.later(leftCare, eighteen);
        file.byWorker(formerRelevant,
                      (c, id, d, at, by) -> new BecameCareLeaver(c, id, d, at, by, CareLeaverStatus.FORMER_RELEVANT));

        pathwayPlan(eligible, supportEnds);
        neet = file.chance.happens(NEET_SHARE);
        moveInto(leftCare);
        LocalDate nextMove = nextMove(leftCare);
        if (leftCare.isBefore(eighteen)) {
            nextMove = relevantChildVisits(leftCare, eighteen, nextMove);
        }
        contacts(formerRelevant, supportEnds, nextMove);
        return Next.closure(supportEnds, "Care leaver support ended");
    }

    private void pathwayPlan(LocalDate eligible, LocalDate supportEnds) {
        LocalDate plan = file.chance.happens(file.rates.lateReview() * 2)
                ? file.weekdayOnOrAfter(eligible.plusMonths(3).plusDays(file.chance.between(1, 60)))
                : file.weekdayOnOrBefore(eligible.plusDays(file.chance.between(20, 85)));
        if (plan.isAfter(supportEnds)) {
            return;
        }
        file.byWorker(plan, PathwayPlanCompleted::new);
        LocalDate review = plan;
        while (true) {
            LocalDate due = review.plusMonths(6);
            review = file.chance.happens(file.rates.lateReview())
                    ? file.weekdayOnOrAfter(due.plusDays(file.chance.between(1, 45)))
                    : file.weekdayOnOrBefore(due.minusDays(file.chance.between(0, 25)));
            if (review.isAfter(supportEnds) || review.isAfter(file.lastDay)) {
                return;
            }
            file.byWorker(review, PathwayPlanReviewed::new);
        }
    }

    /**
     * A relevant child (16 or 17, out of care) is visited within 7 days of leaving care or moving,
     * and otherwise at least every 2 months.
     *
     * @return the first move after the young person turns 18
     */
    private LocalDate relevantChildVisits(LocalDate leftCare, LocalDate eighteen, LocalDate firstMove) {
        Visits visits = new Visits(file, VisitType.CARE_LEAVER);
        LocalDate last = leftCare;
        LocalDate due = leftCare.plusDays(7);
        LocalDate nextMove = firstMove;
        while (true) {
            LocalDate visit = visits.next(last, due);
            if (nextMove.isBefore(visit) && nextMove.isBefore(eighteen)) {
                moveInto(nextMove);
                last = nextMove;
                due = nextMove.plusDays(7);
                nextMove = nextMove(nextMove);
                continue;
            }
            if (!visit.isBefore(eighteen) || visit.isAfter(file.lastDay)) {
                return nextMove;
            }
            visits.made(visit);
            last = visit;
            due = visit.plusMonths(2);
        }
    }

    /** A former relevant young person is contacted by their personal adviser every 8 weeks. */
    private void contacts(LocalDate from, LocalDate supportEnds, LocalDate firstMove) {
        Visits timing = new Visits(file, VisitType.CARE_LEAVER);
        LocalDate nextMove = firstMove;
        LocalDate contact = timing.next(from, from.plusWeeks(8));
        while (contact.isBefore(supportEnds) && !contact.isAfter(file.lastDay)) {
            while (nextMove.isBefore(contact)) {
                moveInto(nextMove);
                nextMove = nextMove(nextMove);
            }
            contactMade(contact);
            contact = timing.next(contact, contact.plusWeeks(8));
        }
    }

    private void contactMade(LocalDate on) {
        if (file.chance.happens(0.1)) {
            file.byWorker(on, (c, id, d, at, by) -> new CareLeaverContactMade(c, id, d, at, by, false, null, null, null));
            return;
        }
        // Being NEET lasts: a young person's status changes now and then, about 4 in 10 at any time.
        if (file.chance.happens(0.2)) {
            neet = file.chance.happens(NEET_SHARE);
        }
        Accommodation now = accommodation;
        boolean notInWork = neet;
        file.byWorker(on, (c, id, d, at, by) -> new CareLeaverContactMade(c, id, d, at, by, true, now.type(),
                                                                          now.suitable(), notInWork));
    }

    private void moveInto(LocalDate on) {
        accommodation = ACCOMMODATION.draw(file.chance);
        Accommodation moved = accommodation;
        file.byWorker(on, (c, id, d, at, by) -> new CareLeaverAccommodationChanged(c, id, d, at, by, moved.type(),
                                                                                   moved.suitable()));
    }

    private LocalDate nextMove(LocalDate from) {
        return from.plusDays(30 + file.chance.exponentialDays(450));
    }
}
