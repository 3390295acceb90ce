package uk.casemonitor.core.rules;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.childcase.VisitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasuresAndConfigurationTest {

    private static List<Measure> measures(History history, String id) {
        return history.evaluate().measures().stream().filter(m -> m.measureId().equals(id)).toList();
    }

    @Test
    void cpVisitsWhereTheChildWasSeenCountTowardsSeenAlone() {
        History child = History.ofChild().cpPlanStarted("2024-01-10")
                               .visit(VisitType.CHILD_PROTECTION, "2024-01-15", true, true)
                               .visit(VisitType.CHILD_PROTECTION, "2024-01-25", true, false)
                               .visit(VisitType.CHILD_PROTECTION, "2024-02-05", false, false);
        assertThat(measures(child, "cp-seen-alone")).extracting(Measure::hit).containsExactly(true, false);
    }

    @Test
    void anEventRecordedMoreThanThreeWorkingDaysAfterItHappenedIsRecordedLate() {
        History child = History.ofChild()
                               .referral("2024-01-08")                       // same day
                               .recordedDaysLater(3).referralDecision("2024-01-09")   // Fri 12th: 3 WD, on time
                               .recordedDaysLater(6).assessmentStarted("2024-01-10"); // Tue 16th: 4 WD, late
        assertThat(measures(child, "recorded-late")).extracting(Measure::hit).containsExactly(false, false, true);
    }

    @Test
    void aSecondChildProtectionPlanIsARepeatPlan() {
        History child = History.ofChild().cpPlanStarted("2020-01-10").cpPlanEnded("2021-01-10")
                               .cpPlanStarted("2022-06-01").cpPlanEnded("2022-12-01").cpPlanStarted("2025-06-01");
        assertThat(measures(child, "repeat-cp-plan")).extracting(Measure::hit).containsExactly(false, true, true);
        // DfE: a repeat within 2 years of the previous plan ending (10 Jan 2021 -> 1 Jun 2022 is; 1 Dec 2022 -> 1 Jun 2025 is not).
        assertThat(measures(child, "repeat-cp-plan-two-years")).extracting(Measure::hit).containsExactly(false, true, false);
    }

    @Test
    void careLeaverContactsCarryNeetAndAccommodation() {
        History young = History.ofChild().becameCareLeaver("2024-01-10", uk.casemonitor.core.childcase.CareLeaverStatus.FORMER_RELEVANT)
                               .careLeaverContact("2024-02-01", true, false, true);
        assertThat(measures(young, "care-leaver-neet")).extracting(Measure::hit).containsExactly(true);
        assertThat(measures(young, "care-leaver-suitable-accommodation")).extracting(Measure::hit).containsExactly(false);
        assertThat(measures(young, "care-leaver-in-touch")).extracting(Measure::hit).containsExactly(true);
    }

    @Test
    void anAuthorityCanSetItsOwnCpVisitTimescaleWithoutCodeChanges() {
        RuleCatalogue twentyDays = RuleCatalogue.statutoryDefaults()
                .withTimescales(Map.of("cp-visit", Map.of("timescale", "20 working days")));
        ComplianceEngine engine = new ComplianceEngine(twentyDays, WorkingDayCalendar.englandAndWales());
        History child = History.ofChild(engine).cpPlanStarted("2024-01-10");
        assertThat(child.due("cp-visit", "2024-01-10")).isEqualTo(LocalDate.parse("2024-02-07"));
    }

    @Test
    void aTypoInLocalPolicyIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> RuleCatalogue.statutoryDefaults().withTimescales(Map.of("cp-vist", Map.of("timescale", "20 WD"))))
                .hasMessageContaining("cp-vist");
        assertThatThrownBy(() -> RuleCatalogue.statutoryDefaults().withTimescales(Map.of("lac-review", Map.of("third", "3 months"))))
                .hasMessageContaining("third");
        assertThatThrownBy(() -> RuleCatalogue.statutoryDefaults().withTimescales(Map.of("cp-visit", Map.of("timescale", "soon"))))
                .hasMessageContaining("soon");
    }

    @Test
    void everyRuleAndMeasureHasAKpi() {
        RuleCatalogue catalogue = RuleCatalogue.statutoryDefaults();
        assertThat(catalogue.kpis()).hasSize(catalogue.rules().size() + catalogue.measures().size());
        assertThat(catalogue.kpis()).extracting(KpiDefinition::label).doesNotContainNull();
    }

    @Test
    void theResultDoesNotDependOnTheOrderEventsWereRecordedIn() {
        History inOrder = History.ofChild().cpPlanStarted("2024-01-10").cpVisit("2024-01-20").cpVisit("2024-02-01");
        List<uk.casemonitor.core.recording.PracticeEvent> events = new java.util.ArrayList<>(inOrder.events());
        java.util.Collections.reverse(events);
        CaseEvaluation reversed = History.ENGINE.evaluate(SubjectKind.CHILD, "C-1", events);
        assertThat(reversed.obligations()).isEqualTo(inOrder.evaluate().obligations());
    }
}
