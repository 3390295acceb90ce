package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.Next.Stage;
import uk.casemonitor.tools.generator.Workforce.TeamKind;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.ChildInNeedPlanEnded;
import uk.casemonitor.core.childcase.ChildInNeedPlanReviewed;
import uk.casemonitor.core.childcase.ChildInNeedPlanStarted;
import uk.casemonitor.core.childcase.VisitType;

import java.time.LocalDate;

/**
 * A child-in-need plan (local policy): visits every 20 working days, a review every 3 months,
 * oversight every 6 weeks. Most end with the case closing; some escalate to a strategy discussion
 * when concerns grow, a few to the child coming into care.
 */
final class ChildInNeedPlan {

    private final CaseFile file;

    ChildInNeedPlan(CaseFile file) {
        this.file = file;
    }

    Next plan(LocalDate from) {
        LocalDate start = file.earliestStart(CaseEpisode.CHILD_IN_NEED_PLAN, from);
        if (start.plusMonths(1).isAfter(file.lastDayAsChild())) {
            return Next.closure(start, "Reached 18");
        }
        file.transferTo(TeamKind.SAFEGUARDING, start);
        file.byWorker(start, ChildInNeedPlanStarted::new);

        double turn = file.chance.fraction();
        Stage escalation = turn < 0.05 ? Stage.STRATEGY_DISCUSSION : turn < 0.06 ? Stage.LOOKED_AFTER : null;
        LocalDate escalatesOn = escalation == null ? LocalDate.MAX : start.plusDays(file.chance.between(20, 300));
        LocalDate end = reviews(start, escalatesOn);

        new Visits(file, VisitType.CHILD_IN_NEED).every(start, end, last -> file.workingDays(last, 20));
        file.overseeEvery(6, start, end);
        file.byWorker(end, ChildInNeedPlanEnded::new);
        file.ended(CaseEpisode.CHILD_IN_NEED_PLAN, end);

        if (end.equals(escalatesOn)) {
            return Next.to(escalation, end);
        }
        if (end.equals(file.lastDayAsChild())) {
            return Next.closure(end, "Reached 18");
        }
        return Next.closure(file.workingDays(end, file.chance.between(0, 10)), "Child in need plan ended");
    }

    /** Reviews every 3 months until one ends the plan (or concerns escalate, or the child turns 18); returns the plan's last day. */
    private LocalDate reviews(LocalDate start, LocalDate escalatesOn) {
        LocalDate due = start.plusMonths(3);
        while (true) {
            LocalDate review = file.chance.happens(file.rates.lateReview())
                    ? file.weekdayOnOrAfter(due.plusDays(file.chance.between(1, 30)))
                    : file.weekdayOnOrBefore(due.minusDays(file.chance.between(0, 14)));
            if (!escalatesOn.isAfter(review)) {
                return escalatesOn;
            }
            if (review.isAfter(file.lastDayAsChild())) {
                return file.lastDayAsChild();
            }
            if (review.isAfter(file.lastDay)) {
                return review;
            }
            file.byWorker(review, ChildInNeedPlanReviewed::new);
            if (file.chance.happens(0.3)) {
                return review;
            }
            due = review.plusMonths(3);
        }
    }
}
