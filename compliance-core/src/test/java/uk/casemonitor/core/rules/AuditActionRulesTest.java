package uk.casemonitor.core.rules;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.AuditGrade;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The actions agreed at a case-file audit (local quality-assurance framework): each is owed by the
 * date the audit set, one obligation per action, and a completion names the action it completes.
 */
class AuditActionRulesTest {

    private static List<Obligation> actions(History history) {
        return history.evaluate().obligationsOf("audit-action");
    }

    private static Obligation action(History history, String key) {
        return actions(history).stream().filter(o -> o.key().equals("audit-action/" + key)).findFirst().orElseThrow();
    }

    @Test
    void eachActionAgreedAtAnAuditIsDueOnTheDateTheAuditSet() {
        History child = History.ofChild().referral("2024-02-01")
                               .audit("2024-03-01", AuditGrade.REQUIRES_IMPROVEMENT, "2024-03-15", "2024-04-30");
        String audit = child.lastId();
        assertThat(actions(child)).extracting(Obligation::key, Obligation::dueOn, Obligation::status).containsExactly(
                tuple("audit-action/" + audit + "#0", LocalDate.parse("2024-03-15"), ObligationStatus.OPEN),
                tuple("audit-action/" + audit + "#1", LocalDate.parse("2024-04-30"), ObligationStatus.OPEN));
        assertThat(action(child, audit + "#0").stateOn(LocalDate.parse("2024-03-16"))).isEqualTo(ObligationState.OVERDUE);
        assertThat(action(child, audit + "#1").stateOn(LocalDate.parse("2024-03-16"))).isEqualTo(ObligationState.DUE);
    }

    @Test
    void completingOneActionMeetsThatActionOnlyOnTimeOrLate() {
        History child = History.ofChild().audit("2024-03-01", AuditGrade.GOOD, "2024-03-15", "2024-04-30", "2024-05-31");
        String audit = child.lastId();
        child.auditActionCompleted("2024-04-02", audit, 1).auditActionCompleted("2024-04-10", audit, 0);
        assertThat(action(child, audit + "#1").status()).isEqualTo(ObligationStatus.MET_ON_TIME);
        assertThat(action(child, audit + "#0").status()).isEqualTo(ObligationStatus.MET_LATE);
        assertThat(action(child, audit + "#0").daysLate(LocalDate.parse("2024-06-01"))).isEqualTo(26);
        assertThat(action(child, audit + "#2").status()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void actionsOfTwoAuditsAreKeptApart() {
        History child = History.ofChild().audit("2024-01-10", AuditGrade.INADEQUATE, "2024-02-01");
        String first = child.lastId();
        child.audit("2024-03-01", AuditGrade.GOOD, "2024-04-01");
        String second = child.lastId();
        child.auditActionCompleted("2024-03-05", second, 0);
        assertThat(action(child, first + "#0").status()).isEqualTo(ObligationStatus.OPEN);
        assertThat(action(child, second + "#0").status()).isEqualTo(ObligationStatus.MET_ON_TIME);
    }

    @Test
    void closingTheCaseEndsItsAuditActionsMissedIfAlreadyOverdue() {
        History child = History.ofChild().referral("2024-01-02")
                               .audit("2024-03-01", AuditGrade.REQUIRES_IMPROVEMENT, "2024-03-15", "2024-06-30")
                               .caseClosed("2024-04-01");
        String audit = child.events().get(1).eventId();
        assertThat(action(child, audit + "#0").status()).isEqualTo(ObligationStatus.MISSED);
        assertThat(action(child, audit + "#1").status()).isEqualTo(ObligationStatus.CANCELLED);
    }

    @Test
    void anAuditWithNoActionsOwesNothing() {
        assertThat(actions(History.ofChild().audit("2024-03-01", AuditGrade.OUTSTANDING))).isEmpty();
    }

    @Test
    void eachAuditIsObservedForTheShareGradedGoodOrBetter() {
        History child = History.ofChild().audit("2024-01-10", AuditGrade.OUTSTANDING).audit("2024-03-01", AuditGrade.GOOD)
                               .audit("2024-05-01", AuditGrade.REQUIRES_IMPROVEMENT).audit("2024-07-01", AuditGrade.INADEQUATE);
        assertThat(child.evaluate().measures().stream().filter(m -> m.measureId().equals("case-file-audit-grade")))
                .extracting(Measure::hit, Measure::detail)
                .containsExactly(tuple(true, "OUTSTANDING"), tuple(true, "GOOD"),
                                 tuple(false, "REQUIRES_IMPROVEMENT"),
                                 tuple(false, "INADEQUATE"));
    }
}
