package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.CaseFile.CareRoute;
import uk.casemonitor.tools.generator.Next.Stage;
import uk.casemonitor.tools.generator.Workforce.TeamKind;
import uk.casemonitor.core.childcase.AbuseCategory;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.CoreGroupMeetingHeld;
import uk.casemonitor.core.childcase.ReviewChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.VisitType;

import java.time.LocalDate;

/**
 * A child-protection plan from the initial conference to its end (WT2023): the first core group
 * within 10 working days and then every few weeks, the first review conference within 3 months and
 * then every 6, visits every 10 working days (local policy), oversight every 4 weeks. The plan
 * ends at a review conference, or when the child comes into care.
 */
final class ChildProtectionPlan {

    // CIN census 2023: neglect and emotional abuse are most plans.
    private static final Odds<AbuseCategory> CATEGORIES = Odds.of(AbuseCategory.NEGLECT, 0.48)
            .or(AbuseCategory.EMOTIONAL_ABUSE, 0.37).or(AbuseCategory.PHYSICAL_ABUSE, 0.07)
            .or(AbuseCategory.SEXUAL_ABUSE, 0.04).or(AbuseCategory.MULTIPLE, 0.04);

    private final CaseFile file;

    ChildProtectionPlan(CaseFile file) {
        this.file = file;
    }

    Next plan(LocalDate conference) {
        LocalDate start = file.earliestStart(CaseEpisode.CHILD_PROTECTION_PLAN, conference);
        if (start.plusMonths(1).isAfter(file.lastDayAsChild())) {
            return Next.closure(start, "Referred to adult services");
        }
        file.transferTo(TeamKind.SAFEGUARDING, start);
        AbuseCategory category = CATEGORIES.draw(file.chance);
        file.byChair(start, (c, id, d, at, by) -> new ChildProtectionPlanStarted(c, id, d, at, by, category));
        file.childProtectionPlanMade();

        boolean intoCare = file.careRoute() == CareRoute.CARE_PROCEEDINGS || file.chance.happens(0.05);
        LocalDate careFrom = intoCare ? start.plusDays(file.chance.between(20, 240)) : LocalDate.MAX;
        LocalDate end = reviewConferences(start, careFrom);

        LocalDate firstCoreGroup = file.chance.happens(file.rates.lateReview())
                ? file.workingDays(start, file.chance.between(11, 16))
                : file.workingDays(start, file.chance.between(3, 10));
        for (LocalDate meeting = firstCoreGroup; !meeting.isAfter(end) && !meeting.isAfter(file.lastDay);
             meeting = file.weekdayOnOrBefore(meeting.plusDays(file.chance.between(28, 56)))) {
            file.byWorker(meeting, CoreGroupMeetingHeld::new);
        }
        new Visits(file, VisitType.CHILD_PROTECTION).every(start, end, last -> file.workingDays(last, 10));
        file.overseeEvery(4, start, end);
        file.byChair(end, ChildProtectionPlanEnded::new);
        file.ended(CaseEpisode.CHILD_PROTECTION_PLAN, end);

        if (!careFrom.isAfter(end)) {
            return Next.to(Stage.LOOKED_AFTER, end);
        }
        if (end.equals(file.lastDayAsChild())) {
            return Next.closure(end, "Reached 18");
        }
        return file.chance.happens(0.5)
                ? Next.to(Stage.CHILD_IN_NEED_PLAN, end)
                : Next.closure(file.workingDays(end, file.chance.between(0, 10)), "Child protection plan ended");
    }

    /** Review conferences until one ends the plan, or the child comes into care or turns 18; returns the plan's last day. */
    private LocalDate reviewConferences(LocalDate start, LocalDate careFrom) {
        LocalDate due = start.plusMonths(3);
        int held = 0;
        while (true) {
            LocalDate review = file.chance.happens(file.rates.lateReview())
                    ? file.weekdayOnOrAfter(due.plusDays(file.chance.between(1, 30)))
                    : file.weekdayOnOrBefore(due.minusDays(file.chance.between(0, 14)));
            if (!careFrom.isAfter(review)) {
                return careFrom;
            }
            if (review.isAfter(file.lastDayAsChild())) {
                return file.lastDayAsChild();
            }
            if (review.isAfter(file.lastDay)) {
                return review; // still open at the end of the history
            }
            boolean continues = !file.chance.happens(held == 0 ? 0.3 : 0.55);
            file.byChair(review, (c, id, d, at, by) -> new ReviewChildProtectionConferenceHeld(c, id, d, at, by, continues));
            if (!continues) {
                return review;
            }
            due = review.plusMonths(6);
            held++;
        }
    }
}
