package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.CaseFile.CareRoute;
import uk.casemonitor.tools.generator.Next.Stage;
import uk.casemonitor.tools.generator.Workforce.TeamKind;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.CeasedToBeLookedAfter;
import uk.casemonitor.core.childcase.DentalCheckCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentKind;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.core.childcase.PersonalEducationPlanCompleted;
import uk.casemonitor.core.childcase.PersonalEducationPlanReviewed;

import java.time.LocalDate;

/**
 * A period of being looked after, from the day the child comes into care to the day they leave:
 * placements, reviews (CPPCR reg 33: 20 working days, 3 months, then 6-monthly), health
 * assessments (initial in 20 working days, then 6- or 12-monthly by age), dental checks, personal
 * education plans for children of school age, oversight every 6 weeks. A young person still in
 * care at 16 becomes an eligible care leaver and is supported on to 21 or 25.
 */
final class CareEpisode {

    /** How the episode ends, as the SSDA903 reason-episode-ceased code says, and after how long. */
    private enum Exit {
        RETURNED_HOME("E4A"), ADOPTED("E11"), SPECIAL_GUARDIANSHIP("E44"), CHILD_ARRANGEMENTS_ORDER("E41"),
        INDEPENDENT_LIVING("E5"), AGED_EIGHTEEN("E17");

        private final String code;

        Exit(String code) {
            this.code = code;
        }
    }

    private final CaseFile file;

    CareEpisode(CaseFile file) {
        this.file = file;
    }

    Next episode(LocalDate from) {
        LocalDate start = file.earliestStart(CaseEpisode.LOOKED_AFTER, from);
        CareRoute route = file.careRoute();
        file.headForCare(CareRoute.NONE);
        if (!start.isBefore(file.lastDayAsChild())) {
            return Next.closure(start, "Reached 18");
        }
        file.transferTo(TeamKind.CHILDREN_IN_CARE, start);
        String legalStatus = switch (route) {
            case EMERGENCY_PROTECTION -> file.chance.happens(0.6) ? "L1" : "L2";
            case CARE_PROCEEDINGS -> "C1";
            case UNACCOMPANIED -> "V2";
            case NONE -> file.chance.happens(0.5) ? "V2" : "C1";
        };
        file.byWorker(start, (c, id, d, at, by) -> new BecameLookedAfter(c, id, d, at, by, legalStatus));

        Exit exit = exit(file.ageOn(start), route);
        LocalDate leaves = leavingDate(exit, start);
        Exit actualExit = leaves.equals(file.birthday(18)) ? Exit.AGED_EIGHTEEN : exit;

        new Placements(file).during(start, leaves);
        reviews(start, leaves);
        health(start, leaves);
        dental(start, leaves);
        education(start, leaves);
        file.overseeEvery(6, start, leaves);
        file.byWorker(leaves, (c, id, d, at, by) -> new CeasedToBeLookedAfter(c, id, d, at, by, actualExit.code));
        file.ended(CaseEpisode.LOOKED_AFTER, leaves);

        // Care Leavers Regulations: eligible at 16 after 13 weeks looked after since 14.
        LocalDate eligible = CaseFile.later(file.birthday(16), start.plusWeeks(13));
        if (eligible.isBefore(leaves) || eligible.equals(leaves) && actualExit == Exit.AGED_EIGHTEEN) {
            return new LeavingCare(file).support(eligible, leaves);
        }
        return switch (actualExit) {
            case RETURNED_HOME -> file.chance.happens(0.35)
                    ? Next.to(Stage.CHILD_IN_NEED_PLAN, leaves)
                    : Next.closure(leaves.plusDays(file.chance.between(7, 60)), "Returned home");
            case ADOPTED -> Next.closure(leaves, "Adopted");
            case SPECIAL_GUARDIANSHIP -> Next.closure(leaves, "Special guardianship order");
            case CHILD_ARRANGEMENTS_ORDER -> Next.closure(leaves, "Child arrangements order");
            case INDEPENDENT_LIVING, AGED_EIGHTEEN -> Next.closure(leaves, "Left care");
        };
    }

    /**
     * SSDA903 2023: babies are often adopted, teenagers mostly stay until 18 or go home. The children
     * who grow up in care come through the care-entries intake, which starts a childhood before the
     * history; those coming into care later in a plan go home or to a permanent family.
     */
    private Exit exit(int age, CareRoute route) {
        Odds<Exit> odds;
        if (route == CareRoute.UNACCOMPANIED) {
            odds = Odds.of(Exit.AGED_EIGHTEEN, 0.75).or(Exit.INDEPENDENT_LIVING, 0.25);
        } else if (age >= 14) {
            odds = Odds.of(Exit.AGED_EIGHTEEN, 0.5).or(Exit.INDEPENDENT_LIVING, 0.12).or(Exit.RETURNED_HOME, 0.38);
        } else if (route == CareRoute.NONE) {
            odds = age < 5
                    ? Odds.of(Exit.ADOPTED, 0.4).or(Exit.SPECIAL_GUARDIANSHIP, 0.25).or(Exit.RETURNED_HOME, 0.35)
                    : Odds.of(Exit.RETURNED_HOME, 0.65).or(Exit.SPECIAL_GUARDIANSHIP, 0.25).or(Exit.CHILD_ARRANGEMENTS_ORDER, 0.1);
        } else if (age < 5) {
            odds = Odds.of(Exit.ADOPTED, 0.33).or(Exit.SPECIAL_GUARDIANSHIP, 0.17).or(Exit.RETURNED_HOME, 0.3)
                       .or(Exit.AGED_EIGHTEEN, 0.2);
        } else {
            odds = Odds.of(Exit.RETURNED_HOME, 0.45).or(Exit.SPECIAL_GUARDIANSHIP, 0.12)
                       .or(Exit.CHILD_ARRANGEMENTS_ORDER, 0.05).or(Exit.AGED_EIGHTEEN, 0.38);
        }
        return odds.draw(file.chance);
    }

    private LocalDate leavingDate(Exit exit, LocalDate start) {
        LocalDate leaves = switch (exit) {
            case RETURNED_HOME -> start.plusDays(10 + file.chance.exponentialDays(240));
            case ADOPTED -> start.plusDays(file.chance.between(450, 1100));
            case SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS_ORDER -> start.plusDays(file.chance.between(300, 900));
            case INDEPENDENT_LIVING -> CaseFile.later(start.plusDays(120),
                    file.chance.dayBetween(file.birthday(16).plusMonths(6), file.birthday(18).minusDays(30)));
            case AGED_EIGHTEEN -> file.birthday(18);
        };
        return leaves.isAfter(file.birthday(18)) ? file.birthday(18) : leaves;
    }

    /** CPPCR reg 33: first review within 20 working days, the second within 3 months, then every 6 months. */
    private void reviews(LocalDate start, LocalDate leaves) {
        LocalDate review = file.chance.happens(file.rates.lateReview())
                ? file.workingDays(start, file.chance.between(21, 35))
                : file.workingDays(start, file.chance.between(12, 20));
        int held = 0;
        while (!review.isAfter(leaves) && !review.isAfter(file.lastDay)) {
            file.byReviewingOfficer(review, LookedAfterReviewHeld::new);
            held++;
            LocalDate due = held == 1 ? review.plusMonths(3) : review.plusMonths(6);
            review = file.chance.happens(file.rates.lateReview())
                    ? file.weekdayOnOrAfter(due.plusDays(file.chance.between(1, 40)))
                    : file.weekdayOnOrBefore(due.minusDays(file.chance.between(0, 20)));
        }
    }

    /** Initial health assessment in 20 working days; reviews every 6 months under 5, every 12 from 5 (CPPCR reg 7). */
    private void health(LocalDate start, LocalDate leaves) {
        LocalDate assessment = file.chance.happens(file.rates.lateHealthAssessment())
                ? file.workingDays(start, file.chance.between(21, 60))
                : file.workingDays(start, file.chance.between(8, 20));
        HealthAssessmentKind kind = HealthAssessmentKind.INITIAL;
        while (!assessment.isAfter(leaves) && !assessment.isAfter(file.lastDay)) {
            HealthAssessmentKind thisKind = kind;
            file.byWorker(assessment, (c, id, d, at, by) -> new HealthAssessmentCompleted(c, id, d, at, by, thisKind));
            kind = HealthAssessmentKind.REVIEW;
            LocalDate due = file.ageOn(assessment) < 5 ? assessment.plusMonths(6) : assessment.plusMonths(12);
            assessment = lateOrOnTime(due, file.rates.lateHealthAssessment(), 60);
        }
    }

    /** A dental check every 12 months, from the first birthday (SSDA903 outcome measure). */
    private void dental(LocalDate start, LocalDate leaves) {
        LocalDate check = CaseFile.later(start, file.birthday(1)).plusDays(file.chance.between(20, 90));
        while (!check.isAfter(leaves) && !check.isAfter(file.lastDay)) {
            file.byWorker(file.weekdayOnOrBefore(check), DentalCheckCompleted::new);
            check = lateOrOnTime(check.plusMonths(12), file.rates.lateHealthAssessment(), 120);
        }
    }

    /** A personal education plan for a child of school age (5 to 16), reviewed each term. */
    private void education(LocalDate start, LocalDate leaves) {
        LocalDate schoolFrom = CaseFile.later(start, file.birthday(5));
        LocalDate schoolUntil = CaseFile.earlier(leaves, file.birthday(16));
        LocalDate plan = file.chance.happens(file.rates.lateReview())
                ? file.workingDays(schoolFrom, file.chance.between(21, 40))
                : file.workingDays(schoolFrom, file.chance.between(8, 20));
        if (plan.isAfter(schoolUntil) || plan.isAfter(file.lastDay)) {
            return;
        }
        file.byWorker(plan, PersonalEducationPlanCompleted::new);
        LocalDate review = lateOrOnTime(plan.plusDays(120), file.rates.lateReview(), 45);
        while (!review.isAfter(schoolUntil) && !review.isAfter(file.lastDay)) {
            file.byWorker(review, PersonalEducationPlanReviewed::new);
            review = lateOrOnTime(review.plusDays(120), file.rates.lateReview(), 45);
        }
    }

    private LocalDate lateOrOnTime(LocalDate due, double lateRate, int maxDaysLate) {
        return file.chance.happens(lateRate)
                ? file.weekdayOnOrAfter(due.plusDays(file.chance.between(1, maxDaysLate)))
                : file.weekdayOnOrBefore(due.minusDays(file.chance.between(0, 30)));
    }
}
