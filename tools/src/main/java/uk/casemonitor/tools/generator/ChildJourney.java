package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.Next.Stage;

import java.time.LocalDate;

/**
 * A child's way through children's social care, from the first contact to the last day of the
 * history: each part of the journey hands over to the next, and a closed case may be re-referred
 * (about one in five are within a year or two; nearly half of those who have had a child-protection plan).
 */
final class ChildJourney {

    private static final double REREFERRAL = 0.2;
    private static final double REREFERRAL_AFTER_A_PLAN = 0.45;

    private final CaseFile file;
    private final FrontDoor frontDoor;
    private final ChildProtectionPlan childProtection;
    private final ChildInNeedPlan childInNeed;
    private final CareEpisode care;
    private final PrivateFostering privateFostering;

    ChildJourney(CaseFile file) {
        this.file = file;
        this.frontDoor = new FrontDoor(file);
        this.childProtection = new ChildProtectionPlan(file);
        this.childInNeed = new ChildInNeedPlan(file);
        this.care = new CareEpisode(file);
        this.privateFostering = new PrivateFostering(file);
    }

    /** Follows the child from {@code first} until nothing more happens within the history. */
    void follow(Next first) {
        Next next = first;
        while (next.stage() != Stage.NONE && !next.on().isAfter(file.lastDay)) {
            next = switch (next.stage()) {
                case REFERRAL -> frontDoor.referral(next.on());
                case ASSESSMENT -> frontDoor.assessment(next.on());
                case STRATEGY_DISCUSSION -> frontDoor.strategyDiscussion(next.on());
                case CHILD_PROTECTION_PLAN -> childProtection.plan(next.on());
                case CHILD_IN_NEED_PLAN -> childInNeed.plan(next.on());
                case LOOKED_AFTER -> care.episode(next.on());
                case PRIVATE_FOSTERING -> privateFostering.arrangement(next.on());
                case CLOSURE -> closure(next);
                case NONE -> Next.none();
            };
        }
        file.finish();
    }

    private Next closure(Next closing) {
        LocalDate closed = closing.on();
        file.close(closed, closing.reason());
        double rereferral = file.knownToChildProtection() ? REREFERRAL_AFTER_A_PLAN : REREFERRAL;
        if (file.ageOn(closed) < 16 && file.chance.happens(rereferral)) {
            return Next.to(Stage.REFERRAL, closed.plusDays(14 + file.chance.exponentialDays(300)));
        }
        return Next.none();
    }
}
