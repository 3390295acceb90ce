package uk.casemonitor.tools.generator;

import java.time.LocalDate;

/**
 * What happens next in a child's journey, and when: the hand-over from one part of the journey
 * (the front door, a plan, a care episode) to the next.
 *
 * @param reason why the case closes, for {@link Stage#CLOSURE}
 */
record Next(Stage stage, LocalDate on, String reason) {

    enum Stage {
        REFERRAL,
        ASSESSMENT,
        STRATEGY_DISCUSSION,
        CHILD_PROTECTION_PLAN,
        CHILD_IN_NEED_PLAN,
        LOOKED_AFTER,
        PRIVATE_FOSTERING,
        CLOSURE,
        /** Nothing more happens within the history. */
        NONE
    }

    static Next to(Stage stage, LocalDate on) {
        return new Next(stage, on, null);
    }

    static Next closure(LocalDate on, String reason) {
        return new Next(Stage.CLOSURE, on, reason);
    }

    static Next none() {
        return new Next(Stage.NONE, LocalDate.MAX, null);
    }
}
