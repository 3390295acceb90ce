package uk.casemonitor.core.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.rules.ObligationState.*;

/** Statutory guidance on children who run away or go missing from home or care (DfE, 2014). */
class MissingFromCareRulesTest {

    private static History missingFrom(String went, String back) {
        return History.ofChild().bornOn("2010-03-01").wentMissing(went).cameBackFromMissing(back);
    }

    @Test
    void aReturnHomeInterviewIsOfferedWithin72HoursOfTheChildsReturn() {
        History child = missingFrom("2024-06-03", "2024-06-05");
        assertThat(child.due("return-home-interview", "2024-06-05")).isEqualTo(LocalDate.parse("2024-06-08"));
        assertThat(child.state("return-home-interview", "2024-06-08")).isEqualTo(DUE);
        assertThat(child.state("return-home-interview", "2024-06-09")).isEqualTo(OVERDUE);
    }

    @Test
    void anInterviewOfferedOnTheThirdDayMeetsTheDutyEvenIfTheChildDeclines() {
        History child = missingFrom("2024-06-03", "2024-06-05").returnHomeInterviewOffered("2024-06-08");
        assertThat(child.state("return-home-interview", "2024-06-30")).isEqualTo(MET_ON_TIME);
    }

    @Test
    void anInterviewHeldLateIsMetLate() {
        History child = missingFrom("2024-06-03", "2024-06-05").returnHomeInterviewHeld("2024-06-12");
        assertThat(child.state("return-home-interview", "2024-06-30")).isEqualTo(MET_LATE);
    }

    @Test
    void noInterviewIsOwedWhileTheChildIsStillMissing() {
        History child = History.ofChild().bornOn("2010-03-01").wentMissing("2024-06-03");
        assertThat(child.evaluate().obligationsOf("return-home-interview")).isEmpty();
    }
}
