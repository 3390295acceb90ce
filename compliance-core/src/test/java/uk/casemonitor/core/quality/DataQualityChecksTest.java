package uk.casemonitor.core.quality;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.childcase.*;
import uk.casemonitor.core.fostercarer.CarerType;
import uk.casemonitor.core.fostercarer.FosterCarerApproved;
import uk.casemonitor.core.fostercarer.FosterCarerSupervisoryVisitMade;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.ComplianceEngine;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.core.rules.SubjectKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Each check finds the problem planted in a record, and nothing in a clean one. */
class DataQualityChecksTest {

    private static final ComplianceEngine ENGINE =
            new ComplianceEngine(RuleCatalogue.statutoryDefaults(), WorkingDayCalendar.englandAndWales());
    private static final DataQualityCatalogue CHECKS = DataQualityCatalogue.standard();
    private static final String CHILD = "C-1";

    /** A stream in recorded order; each event recorded on the day it happened unless said otherwise. */
    private static final class Stream {
        private final SubjectKind kind;
        private final List<PracticeEvent> events = new ArrayList<>();

        Stream(SubjectKind kind) {
            this.kind = kind;
        }

        Stream add(PracticeEvent event) {
            events.add(event);
            return this;
        }

        List<Finding> findings(String checkId) {
            return findings(CHECKS, checkId);
        }

        List<Finding> findings(DataQualityCatalogue catalogue, String checkId) {
            String id = kind == SubjectKind.CHILD ? CHILD : "FC-1";
            SubjectRecord record = new SubjectRecord(ENGINE.evaluate(kind, id, events), events);
            return catalogue.inspect(record).stream().filter(f -> f.checkId().equals(checkId)).toList();
        }
    }

    private static Stream child() {
        return new Stream(SubjectKind.CHILD);
    }

    private static int ids;

    private static String id() {
        return "e" + (++ids);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant on(String iso) {
        return d(iso).atTime(LocalTime.NOON).atZone(CaseTime.ZONE).toInstant();
    }

    private static VisitMade visit(String date, Boolean seen, Boolean alone, String reason) {
        return new VisitMade(CHILD, id(), d(date), on(date), "sw", VisitType.LOOKED_AFTER, seen, alone, reason);
    }

    private static ReferralReceived referral(String date) {
        return new ReferralReceived(CHILD, id(), d(date), on(date), "duty", "school");
    }

    private static BecameLookedAfter lookedAfter(String date) {
        return new BecameLookedAfter(CHILD, id(), d(date), on(date), "sw", "C2");
    }

    private static PlacementStarted placement(String date, String recorded) {
        return new PlacementStarted(CHILD, id(), d(date), on(recorded), "sw", "U1", false);
    }

    private static PlacementEnded placementEnded(String date, String recorded) {
        return new PlacementEnded(CHILD, id(), d(date), on(recorded), "sw");
    }

    private static CaseClosed closed(String date, String recorded) {
        return new CaseClosed(CHILD, id(), d(date), on(recorded), "tm", "no further action");
    }

    @Nested
    class RecordedLate {

        @Test
        void anEventTypedUpAWeekAfterItHappenedIsFound() {
            ReferralReceived late = new ReferralReceived(CHILD, "late", d("2024-01-08"), on("2024-01-16"), "duty", null);
            assertThat(child().add(late).findings("recorded-late"))
                    .extracting(Finding::eventId, Finding::detail).containsExactly(
                            tuple("late", "recorded 6 working days after it happened"));
        }

        @Test
        void aFosterCarersRecordIsCheckedToo() {
            Stream carer = new Stream(SubjectKind.FOSTER_CARER)
                    .add(new FosterCarerApproved("FC-1", "a", d("2024-01-08"), on("2024-01-08"), "panel", CarerType.MAINSTREAM))
                    .add(new FosterCarerSupervisoryVisitMade("FC-1", "v", d("2024-02-01"), on("2024-03-01"), "ssw"));
            assertThat(carer.findings("recorded-late")).extracting(Finding::eventId).containsExactly("v");
        }

        @Test
        void eventsRecordedWithinThreeWorkingDaysAreClean() {
            ReferralReceived inTime = new ReferralReceived(CHILD, "ok", d("2024-01-08"), on("2024-01-11"), "duty", null);
            assertThat(child().add(inTime).findings("recorded-late")).isEmpty();
        }
    }

    @Nested
    class AccommodationContradiction {

        private Stream careLeaverIn(String type, Boolean suitable) {
            return child().add(new BecameCareLeaver(CHILD, id(), d("2024-01-10"), on("2024-01-10"), "pa", CareLeaverStatus.FORMER_RELEVANT))
                          .add(new CareLeaverContactMade(CHILD, "contact", d("2024-02-01"), on("2024-02-01"), "pa", true, type, suitable, false));
        }

        @Test
        void aHomelessHostelRecordedAsSuitableIsFound() {
            assertThat(careLeaverIn("Homeless hostel (night shelter)", true).findings("accommodation-contradiction"))
                    .extracting(Finding::eventId).containsExactly("contact");
        }

        @Test
        void theSsda903CodeForBedAndBreakfastRecordedAsSuitableIsFound() {
            assertThat(careLeaverIn("W", true).findings("accommodation-contradiction")).hasSize(1);
        }

        @Test
        void aMoveIntoNoFixedAbodeRecordedAsSuitableIsFound() {
            Stream moved = child().add(new BecameCareLeaver(CHILD, id(), d("2024-01-10"), on("2024-01-10"), "pa", CareLeaverStatus.RELEVANT))
                    .add(new CareLeaverAccommodationChanged(CHILD, "move", d("2024-02-01"), on("2024-02-01"), "pa", "no fixed abode", true));
            assertThat(moved.findings("accommodation-contradiction")).extracting(Finding::eventId).containsExactly("move");
        }

        @Test
        void unsuitableAccommodationRecordedAsUnsuitableOrSuitableLodgingsAreClean() {
            assertThat(careLeaverIn("homeless hostel", false).findings("accommodation-contradiction")).isEmpty();
            assertThat(careLeaverIn("supported lodgings", true).findings("accommodation-contradiction")).isEmpty();
            // A one-letter code is matched exactly, never as a letter inside a word.
            assertThat(careLeaverIn("Semi-independent", true).findings("accommodation-contradiction")).isEmpty();
        }

        @Test
        void theListOfUnsuitableTypesIsTheAuthoritys() {
            DataQualityCatalogue local = DataQualityCatalogue.standard(
                    new DataQualitySettings(null, List.of("emergency accommodation"), null, null));
            assertThat(careLeaverIn("Emergency accommodation", true).findings(local, "accommodation-contradiction")).hasSize(1);
            assertThat(careLeaverIn("homeless hostel", true).findings(local, "accommodation-contradiction")).isEmpty();
        }
    }

    @Nested
    class VisitAnswers {

        private Stream visited(VisitMade visit) {
            return child().add(lookedAfter("2024-01-02")).add(visit);
        }

        @Test
        void aVisitNotSayingWhetherTheChildWasSeenIsFound() {
            assertThat(visited(visit("2024-01-10", null, null, null)).findings("visit-seen-unanswered"))
                    .extracting(Finding::detail).containsExactly("looked after visit: whether the child was seen is not recorded");
        }

        @Test
        void aVisitWhereTheChildWasSeenButNotSayingWhetherAloneIsFound() {
            assertThat(visited(visit("2024-01-10", true, null, null)).findings("visit-seen-unanswered")).hasSize(1);
        }

        @Test
        void notSeenAloneWithNoReasonIsFound() {
            assertThat(visited(visit("2024-01-10", true, false, " ")).findings("visit-not-alone-no-reason")).hasSize(1);
        }

        @Test
        void answeredVisitsAreClean() {
            Stream answered = visited(visit("2024-01-10", true, true, null)).add(visit("2024-01-20", true, false, "asleep"))
                                                                         .add(visit("2024-01-30", false, null, null));
            assertThat(answered.findings("visit-seen-unanswered")).isEmpty();
            assertThat(answered.findings("visit-not-alone-no-reason")).isEmpty();
        }
    }

    @Nested
    class Overlaps {

        @Test
        void aPlacementRecordedLateAndBackDatedOverAnotherIsFound() {
            // The aggregate accepts it: nothing was open and nothing covered 1 February when it arrived.
            Stream child = child().add(lookedAfter("2024-01-02"))
                    .add(placement("2024-03-01", "2024-03-01")).add(placementEnded("2024-04-01", "2024-04-01"))
                    .add(placement("2024-02-01", "2024-04-10")).add(placementEnded("2024-04-05", "2024-04-10"));
            assertThat(child.findings("overlapping-episodes")).extracting(Finding::on, Finding::detail).containsExactly(
                    tuple(d("2024-03-01"),
                            "a placement from 2024-03-01 to 2024-04-01 overlaps a placement from 2024-02-01 to 2024-04-05"));
        }

        @Test
        void aPlacementEndingTheDayTheNextStartsIsClean() {
            Stream child = child().add(lookedAfter("2024-01-02"))
                    .add(placement("2024-03-01", "2024-03-01")).add(placementEnded("2024-04-01", "2024-04-01"))
                    .add(placement("2024-02-01", "2024-04-10")).add(placementEnded("2024-03-01", "2024-04-10"));
            assertThat(child.findings("overlapping-episodes")).isEmpty();
        }

        @Test
        void aCinPlanOpenDuringACpPlanIsFound() {
            Stream child = child()
                    .add(new ChildInNeedPlanStarted(CHILD, id(), d("2024-01-10"), on("2024-01-10"), "sw"))
                    .add(new ChildProtectionPlanStarted(CHILD, id(), d("2024-02-01"), on("2024-02-01"), "chair", AbuseCategory.NEGLECT));
            assertThat(child.findings("exclusive-episodes")).extracting(Finding::on).containsExactly(d("2024-02-01"));
        }

        @Test
        void steppingUpFromCinToCpOnTheSameDayIsClean() {
            Stream child = child()
                    .add(new ChildInNeedPlanStarted(CHILD, id(), d("2024-01-10"), on("2024-01-10"), "sw"))
                    .add(new ChildInNeedPlanEnded(CHILD, id(), d("2024-02-01"), on("2024-02-01"), "sw"))
                    .add(new ChildProtectionPlanStarted(CHILD, id(), d("2024-02-01"), on("2024-02-01"), "chair", AbuseCategory.NEGLECT));
            assertThat(child.findings("exclusive-episodes")).isEmpty();
        }

        @Test
        void theExclusivePairsAreTheAuthoritysAndMisspeltEpisodesAreRefused() {
            DataQualityCatalogue local = DataQualityCatalogue.standard(
                    new DataQualitySettings(null, null, List.of("LOOKED_AFTER+CHILD_IN_NEED_PLAN"), null));
            Stream child = child().add(lookedAfter("2024-01-02"))
                    .add(new ChildInNeedPlanStarted(CHILD, id(), d("2024-01-10"), on("2024-01-10"), "sw"));
            assertThat(child.findings(local, "exclusive-episodes")).hasSize(1);
            assertThat(child.findings("exclusive-episodes")).isEmpty();
            assertThatThrownBy(() -> new DataQualitySettings(null, null, List.of("CP_PLAN+CHILD_IN_NEED_PLAN"), null))
                    .hasMessageContaining("'CP_PLAN' is not an episode");
        }
    }

    @Nested
    class Dates {

        private ChildDetailsRecorded born(String dateOfBirth, String recorded) {
            return new ChildDetailsRecorded(CHILD, id(), d(recorded), on(recorded), "sw", d(dateOfBirth));
        }

        @Test
        void careAndAVisitSeeingTheChildBeforeADateOfBirthRecordedLaterAreFound() {
            Stream child = child().add(lookedAfter("2024-01-02")).add(visit("2024-01-10", true, true, null))
                                  .add(born("2024-02-01", "2024-03-01"));
            assertThat(child.findings("before-birth")).extracting(Finding::detail)
                    .containsExactly("BecameLookedAfter on 2024-01-02 is before the date of birth 2024-02-01",
                                     "VisitMade on 2024-01-10 is before the date of birth 2024-02-01");
        }

        @Test
        void preBirthPracticeIsClean() {
            Stream child = child().add(born("2024-06-01", "2024-01-05")).add(referral("2024-01-05"))
                    .add(new StrategyDiscussionHeld(CHILD, id(), d("2024-01-08"), on("2024-01-08"), "sw", true))
                    .add(new ChildProtectionPlanStarted(CHILD, id(), d("2024-02-01"), on("2024-02-01"), "chair", AbuseCategory.NEGLECT))
                    .add(new VisitMade(CHILD, id(), d("2024-02-10"), on("2024-02-10"), "sw", VisitType.CHILD_PROTECTION, false, null, "unborn"));
            assertThat(child.findings("before-birth")).isEmpty();
        }

        @Test
        void practiceDatedAfterABackDatedClosureIsFound() {
            // The closure arrives last, dated before the visit: the aggregate cannot refuse what it already holds.
            Stream child = child().add(referral("2024-01-02")).add(lookedAfter("2024-01-05"))
                                  .add(visit("2024-03-10", true, true, null)).add(closed("2024-03-01", "2024-03-20"));
            assertThat(child.findings("after-closure")).extracting(Finding::detail)
                    .containsExactly("VisitMade on 2024-03-10 is after the case was closed on 2024-03-01");
        }

        @Test
        void practiceAfterAReferralReopensTheCaseIsClean() {
            Stream child = child().add(referral("2024-01-02")).add(closed("2024-02-01", "2024-02-01"))
                                  .add(referral("2024-03-01")).add(lookedAfter("2024-03-05"));
            assertThat(child.findings("after-closure")).isEmpty();
        }
    }

    @Test
    void aDisabledCheckFindsNothingAndAMisspeltOneIsRefused() {
        DataQualityCatalogue without = DataQualityCatalogue.standard(
                new DataQualitySettings(Set.of("visit-seen-unanswered"), null, null, null));
        Stream child = child().add(lookedAfter("2024-01-02")).add(visit("2024-01-10", null, null, null));
        assertThat(child.findings(without, "visit-seen-unanswered")).isEmpty();
        assertThat(without.isEnabled("visit-seen-unanswered")).isFalse();
        assertThatThrownBy(() -> DataQualityCatalogue.standard(new DataQualitySettings(Set.of("seen-alone"), null, null, null)))
                .hasMessageContaining("No data-quality check 'seen-alone'");
        assertThatThrownBy(() -> new DataQualitySettings(null, null, null, Set.of("Visit")))
                .hasMessageContaining("'Visit' is not a child event type");
    }

    @Nested
    class LateCorrections {

        private static final Instant VISIT_RECORDED = Instant.parse("2024-02-01T10:00:00Z");

        private List<Finding> lateCorrections(String correctedOn, int threshold) {
            VisitMade visit = new VisitMade(CHILD, "v1", LocalDate.parse("2024-02-01"), VISIT_RECORDED, "sw",
                    VisitType.CHILD_PROTECTION, true, true, null);
            ChildProtectionPlanStarted plan = new ChildProtectionPlanStarted(CHILD, "p1", LocalDate.parse("2024-01-10"),
                    VISIT_RECORDED, "chair", AbuseCategory.NEGLECT);
            Instant at = LocalDate.parse(correctedOn).atTime(LocalTime.NOON).toInstant(java.time.ZoneOffset.UTC);
            CorrectionRecorded correction = new CorrectionRecorded(CHILD, "c1", LocalDate.parse(correctedOn), at, "tm",
                    "v1", "wrong date", new VisitMade(CHILD, "v1", LocalDate.parse("2024-01-31"), VISIT_RECORDED, "sw",
                    VisitType.CHILD_PROTECTION, true, true, null));
            List<PracticeEvent> recorded = List.of(plan, visit, correction);
            SubjectRecord record = new SubjectRecord(
                    ENGINE.evaluate(SubjectKind.CHILD, CHILD, uk.casemonitor.core.recording.CorrectedHistory.effective(recorded)),
                    recorded);
            DataQualityCatalogue catalogue = DataQualityCatalogue.standard(
                    new DataQualitySettings(null, null, null, null, threshold), WorkingDayCalendar.englandAndWales());
            return catalogue.inspect(record).stream().filter(f -> f.checkId().equals("late-correction")).toList();
        }

        @Test
        void aCorrectionMoreThanTwentyWorkingDaysAfterTheEventIsAFinding() {
            List<Finding> found = lateCorrections("2024-03-15", 20);
            assertThat(found).extracting(Finding::eventId, Finding::on)
                             .containsExactly(tuple("c1", LocalDate.parse("2024-03-15")));
            assertThat(found.get(0).detail()).contains("VisitMade 'v1'").contains("corrected 31 working days");
        }

        @Test
        void aCorrectionWithinTheLimitIsNot() {
            assertThat(lateCorrections("2024-02-20", 20)).isEmpty();
            assertThat(lateCorrections("2024-02-20", 5)).hasSize(1);
        }
    }

    @Nested
    class ReturnFactsWithNoEpisode {

        @Test
        void aReviewFromAReturnWithNoPeriodOfCareToHoldItIsFound() {
            List<Finding> found = child().add(referral("2024-01-02"))
                    .add(new uk.casemonitor.core.childcase.ReturnFactUnplaced(CHILD, "unplaced:r1", d("2024-11-04"),
                            on("2024-11-04"), "ssda903-import", "LookedAfterReviewHeld", "reviews.csv:5",
                            "LookedAfterReviewHeld on 2024-11-04 needs a period of being looked after covering that date"))
                    .findings("return-fact-unplaced");

            assertThat(found).extracting(Finding::eventId, Finding::on)
                             .containsExactly(tuple("unplaced:r1", LocalDate.parse("2024-11-04")));
            assertThat(found.get(0).detail()).startsWith("LookedAfterReviewHeld from reviews.csv:5");
        }

        @Test
        void aRecordWithEveryReturnFactPlacedIsClean() {
            assertThat(child().add(lookedAfter("2024-01-02")).findings("return-fact-unplaced")).isEmpty();
        }
    }
}
