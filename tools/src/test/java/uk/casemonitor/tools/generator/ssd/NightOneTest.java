package uk.casemonitor.tools.generator.ssd;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.AssessmentStarted;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.recording.CaseTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first night's extract holds what the case system held the night before the history's last day. */
class NightOneTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final NightOne NIGHT_ONE = new NightOne(new SecondNight(0, 0, 0), LAST_DAY);

    @Test
    void aReferralRecordedOnlyOnTheLastDayIsInTheFirstNightWhenWorkUnderItIs() {
        ChildCaseEvent referral = new ReferralReceived("C1", "r1", LocalDate.of(2025, 6, 2), on(LAST_DAY), "w1", "1A");
        ChildCaseEvent assessment = new AssessmentStarted("C1", "a1", LocalDate.of(2025, 6, 3), on(LocalDate.of(2025, 6, 3)), "w1");

        assertThat(NIGHT_ONE.events(List.of(referral, assessment))).containsExactly(referral, assessment);
    }

    @Test
    void aReferralRecordedOnlyOnTheLastDayWithNothingUnderItYetIsNotInTheFirstNight() {
        ChildCaseEvent earlier = new ReferralReceived("C1", "r0", LocalDate.of(2025, 1, 6), on(LocalDate.of(2025, 1, 6)), "w1", "1A");
        ChildCaseEvent assessment = new AssessmentStarted("C1", "a0", LocalDate.of(2025, 1, 8), on(LocalDate.of(2025, 1, 8)), "w1");
        ChildCaseEvent referral = new ReferralReceived("C1", "r1", LocalDate.of(2025, 6, 29), on(LAST_DAY), "w1", "1A");

        assertThat(NIGHT_ONE.events(List.of(earlier, assessment, referral))).containsExactly(earlier, assessment);
    }

    private static Instant on(LocalDate day) {
        return day.atTime(12, 0).atZone(CaseTime.ZONE).toInstant();
    }
}
