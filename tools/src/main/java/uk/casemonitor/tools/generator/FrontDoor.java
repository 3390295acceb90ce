package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.CaseFile.CareRoute;
import uk.casemonitor.tools.generator.Next.Stage;
import uk.casemonitor.tools.generator.Workforce.TeamKind;
import uk.casemonitor.core.childcase.AssessmentCompleted;
import uk.casemonitor.core.childcase.AssessmentStarted;
import uk.casemonitor.core.childcase.InitialChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.ReferralDecision;
import uk.casemonitor.core.childcase.ReferralDecisionMade;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.Section47EnquiryCompleted;
import uk.casemonitor.core.childcase.Section47EnquiryStarted;
import uk.casemonitor.core.childcase.StrategyDiscussionHeld;

import java.time.LocalDate;

/**
 * A referral through to the point where the child has a plan or the case closes (WT2023): the
 * decision within a working day, the child and family assessment within 45 working days, and where
 * there is reasonable cause to suspect significant harm a strategy discussion, a section 47 enquiry
 * and an initial child protection conference, due within 15 working days.
 */
final class FrontDoor {

    private static final Odds<String> SOURCES = Odds.of("Police", 0.29).or("School", 0.20).or("Health services", 0.14)
            .or("Local authority services", 0.08).or("Individual", 0.08).or("Anonymous", 0.03)
            .or("Other legal agency", 0.05).or("Housing", 0.03).or("Other", 0.10);

    private static final Odds<ReferralDecision> DECISIONS = Odds.of(ReferralDecision.NO_FURTHER_ACTION, 0.20)
            .or(ReferralDecision.SIGNPOSTED, 0.07).or(ReferralDecision.EARLY_HELP, 0.11)
            .or(ReferralDecision.ASSESSMENT, 0.535).or(ReferralDecision.STRATEGY_DISCUSSION, 0.085);

    /** A child who has had a child-protection plan before is more often referred back with safeguarding concerns. */
    private static final Odds<ReferralDecision> DECISIONS_AFTER_A_PLAN = Odds.of(ReferralDecision.NO_FURTHER_ACTION, 0.12)
            .or(ReferralDecision.EARLY_HELP, 0.08).or(ReferralDecision.ASSESSMENT, 0.45)
            .or(ReferralDecision.STRATEGY_DISCUSSION, 0.35);

    private final CaseFile file;

    FrontDoor(CaseFile file) {
        this.file = file;
    }

    Next referral(LocalDate on) {
        if (file.ageOn(on) >= 18 || file.ageOn(on) >= 17 && file.careRoute() == CareRoute.NONE) {
            // Too near adulthood for a children's plan to run: the referral goes to adult services.
            return Next.none();
        }
        file.recordDetailsOnce(on);
        file.referredOn(on);
        String source = file.careRoute() == CareRoute.UNACCOMPANIED ? "Home Office" : SOURCES.draw(file.chance);
        // Recorded before the allocation that follows it: after a closure only a referral reopens the case.
        file.byWorker(on, (c, id, d, at, by) -> new ReferralReceived(c, id, d, at, by, source));
        file.transferTo(TeamKind.FRONT_DOOR, on);

        ReferralDecision decision = switch (file.careRoute()) {
            case NONE -> (file.knownToChildProtection() ? DECISIONS_AFTER_A_PLAN : DECISIONS).draw(file.chance);
            case UNACCOMPANIED -> ReferralDecision.ASSESSMENT;
            case EMERGENCY_PROTECTION, CARE_PROCEEDINGS -> ReferralDecision.STRATEGY_DISCUSSION;
        };
        // WT2023: a decision within one working day; a referral at the weekend is decided on the Monday.
        LocalDate decided = file.chance.happens(0.06)
                ? file.workingDays(on, file.chance.between(2, 4))
                : file.weekdayOnOrAfter(file.workingDays(on, file.chance.happens(0.5) ? 0 : 1));
        file.byManager(decided, (c, id, d, at, by) -> new ReferralDecisionMade(c, id, d, at, by, decision));

        return switch (decision) {
            case NO_FURTHER_ACTION -> Next.closure(decided, "No further action");
            case SIGNPOSTED -> Next.closure(decided, "Signposted to universal services");
            case EARLY_HELP -> Next.closure(decided, "Stepped down to early help");
            case ASSESSMENT -> Next.to(Stage.ASSESSMENT, decided);
            case STRATEGY_DISCUSSION -> Next.to(Stage.STRATEGY_DISCUSSION, decided);
        };
    }

    Next assessment(LocalDate from) {
        file.transferTo(TeamKind.ASSESSMENT, from);
        LocalDate started = file.workingDays(from, file.chance.between(0, 3));
        file.byWorker(started, AssessmentStarted::new);
        // 45 working days from the referral (WT2023).
        int days = file.chance.happens(file.rates.lateAssessment())
                ? file.chance.between(46, 80)
                : file.chance.between(12, 45);
        LocalDate completed = CaseFile.later(started, file.workingDays(file.lastReferral(), days));
        file.byWorker(completed, AssessmentCompleted::new);
        if (file.careRoute() == CareRoute.UNACCOMPANIED) {
            // Accommodated straight away; the assessment goes on while the young person is looked after.
            return Next.to(Stage.LOOKED_AFTER, file.workingDays(started, file.chance.between(0, 1)));
        }
        double outcome = file.chance.fraction();
        if (outcome < 0.42) {
            return Next.to(Stage.CHILD_IN_NEED_PLAN, completed);
        }
        if (outcome < 0.46) {
            return Next.to(Stage.STRATEGY_DISCUSSION, completed);
        }
        if (outcome < 0.463) {
            return Next.to(Stage.LOOKED_AFTER, completed);
        }
        return Next.closure(file.workingDays(completed, file.chance.between(0, 5)), "Assessment complete, no further action");
    }

    Next strategyDiscussion(LocalDate from) {
        if (file.ageOn(from) >= 17 && file.careRoute() == CareRoute.NONE) {
            return Next.closure(from, "Referred to adult services");
        }
        if (file.isHeldBy(TeamKind.FRONT_DOOR)) {
            file.transferTo(TeamKind.ASSESSMENT, from);
        }
        CareRoute route = file.careRoute();
        LocalDate held = file.workingDays(from, file.chance.happens(0.7) ? 0 : file.chance.between(1, 2));
        boolean section47 = route != CareRoute.NONE || file.chance.happens(0.85);
        file.byWorker(held, (c, id, d, at, by) -> new StrategyDiscussionHeld(c, id, d, at, by, section47));
        if (!section47) {
            return Next.to(Stage.ASSESSMENT, held);
        }
        file.byWorker(held, Section47EnquiryStarted::new);

        if (route == CareRoute.EMERGENCY_PROTECTION) {
            file.byWorker(file.workingDays(held, file.chance.between(5, 12)),
                          (c, id, d, at, by) -> new Section47EnquiryCompleted(c, id, d, at, by, true));
            return Next.to(Stage.LOOKED_AFTER, held.plusDays(file.chance.between(0, 2)));
        }
        boolean substantiated = route == CareRoute.CARE_PROCEEDINGS || file.chance.happens(file.knownToChildProtection() ? 0.7 : 0.55);
        if (!substantiated) {
            LocalDate concluded = file.workingDays(held, file.chance.between(5, 15));
            file.byWorker(concluded, (c, id, d, at, by) -> new Section47EnquiryCompleted(c, id, d, at, by, false));
            return file.chance.happens(0.45)
                    ? Next.to(Stage.CHILD_IN_NEED_PLAN, concluded)
                    : Next.closure(concluded, "Section 47 enquiry: concerns not substantiated");
        }
        // WT2023: the ICPC within 15 working days of the strategy discussion; a third are late (2018 inspection).
        int toConference = file.chance.happens(file.rates.lateIcpc())
                ? file.chance.between(16, 30)
                : file.chance.between(6, 15);
        LocalDate conference = file.workingDays(held, toConference);
        LocalDate concluded = file.workingDays(held, file.chance.between(4, Math.min(toConference, 12)));
        file.byWorker(concluded, (c, id, d, at, by) -> new Section47EnquiryCompleted(c, id, d, at, by, true));
        boolean planMade = route == CareRoute.CARE_PROCEEDINGS || file.chance.happens(0.87);
        file.byChair(conference, (c, id, d, at, by) -> new InitialChildProtectionConferenceHeld(c, id, d, at, by, planMade));
        if (planMade) {
            return Next.to(Stage.CHILD_PROTECTION_PLAN, conference);
        }
        return file.chance.happens(0.6)
                ? Next.to(Stage.CHILD_IN_NEED_PLAN, conference)
                : Next.closure(conference, "No child protection plan");
    }
}
