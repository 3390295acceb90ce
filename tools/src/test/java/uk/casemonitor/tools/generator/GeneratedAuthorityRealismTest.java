package uk.casemonitor.tools.generator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.casemonitor.tools.generator.Census.Count;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.InitialChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.StrategyDiscussionHeld;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;
import uk.casemonitor.core.childcase.WorkerAllocated;
import uk.casemonitor.core.fostercarer.FosterCarerApprovalReviewed;
import uk.casemonitor.core.fostercarer.FosterCarerApproved;
import uk.casemonitor.core.fostercarer.FosterCarerDeregistered;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.PracticeEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A generated authority at a fifth of the default size, over 5 years, looks like the authority the
 * settings describe: its caseload at any moment, the flow of children through it, and the rates at
 * which practice misses its timescales.
 */
class GeneratedAuthorityRealismTest {

    private static final double SCALE = 0.2;
    private static final LocalDate END = LocalDate.of(2025, 6, 30);
    private static final LocalDate START = END.minusYears(5);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static final Census census = new Census(annualCensusDates());
    private static final Tally initialConferencesLate = new Tally();
    private static final Tally contactsNeet = new Tally();
    private static final Tally carersWithReviewOutOfDate = new Tally();
    private static final Tally recordedLate = new Tally();
    private static final Tally childProtectionVisitsLate = new Tally();
    private static final Tally visitsWithoutSeenAnswer = new Tally();
    private static final Tally childrenWithThreeOrMoreWorkersInTheLastYear = new Tally();
    private static int children;
    private static int carers;

    @BeforeAll
    static void generateAnAuthority() {
        GeneratorSettings settings = new GeneratorSettings(42, SCALE, 5, END, PracticeQuality.typical());
        for (GeneratedSubject<?> subject : new AuthorityGenerator(settings)) {
            census.add(subject);
            if (subject.isChild()) {
                children++;
                childPractice(subject.events());
            } else {
                carers++;
                carerPractice(subject.events());
            }
            for (PracticeEvent event : subject.events()) {
                if (inHistory(event)) {
                    recordedLate.count(CALENDAR.workingDaysBetween(event.occurredAt(), CaseTime.dateOf(event.recordedAt())) > 3);
                }
            }
        }
    }

    @Test
    void atAnyMomentTheCaseloadIsAMidSizedAuthorityScaledDown() {
        assertThat(census.average(Count.CHILD_PROTECTION_PLANS)).isCloseTo(200 * SCALE, within(200 * SCALE * 0.25));
        assertThat(census.average(Count.CHILD_IN_NEED_PLANS)).isCloseTo(1000 * SCALE, within(1000 * SCALE * 0.2));
        assertThat(census.average(Count.LOOKED_AFTER)).isCloseTo(300 * SCALE, within(300 * SCALE * 0.25));
        assertThat(census.average(Count.CARE_LEAVERS)).isCloseTo(120 * SCALE, within(120 * SCALE * 0.35));
        assertThat(census.average(Count.FOSTER_CARERS)).isCloseTo(150 * SCALE, within(150 * SCALE * 0.3));
    }

    @Test
    void theCaseloadNeitherEmptiesNorPilesUpOverTheYears() {
        for (Count count : List.of(Count.CHILD_PROTECTION_PLANS, Count.CHILD_IN_NEED_PLANS, Count.LOOKED_AFTER)) {
            double average = census.average(count);
            for (int onDate : census.counts(count)) {
                assertThat((double) onDate).as(count.name()).isCloseTo(average, within(average * 0.4));
            }
        }
    }

    @Test
    void fiveYearsHoldSeveralTimesAsManyChildrenAsAreOpenAtOnce() {
        double openAtOnce = census.average(Count.CHILD_PROTECTION_PLANS) + census.average(Count.CHILD_IN_NEED_PLANS)
                + census.average(Count.LOOKED_AFTER) + census.average(Count.CARE_LEAVERS);
        assertThat(children).isGreaterThan((int) (4 * openAtOnce));
        assertThat(carers).isGreaterThan((int) census.average(Count.FOSTER_CARERS));
    }

    @Test
    void aboutAThirdOfInitialConferencesAreHeldBeyondFifteenWorkingDaysOfTheStrategyDiscussion() {
        assertThat(initialConferencesLate.total()).isGreaterThan(100);
        assertThat(initialConferencesLate.share()).isCloseTo(1.0 / 3, within(0.08));
    }

    @Test
    void aboutFourInTenCareLeaversContactedAreNotInEducationEmploymentOrTraining() {
        assertThat(contactsNeet.total()).isGreaterThan(300);
        assertThat(contactsNeet.share()).isCloseTo(0.4, within(0.1));
    }

    @Test
    void onAnyDayAboutHalfOfApprovedFosterCarersHaveTheirAnnualReviewOutOfDate() {
        assertThat(carersWithReviewOutOfDate.total()).isGreaterThan(100);
        assertThat(carersWithReviewOutOfDate.share()).isCloseTo(0.5, within(0.15));
    }

    @Test
    void someEventsAreRecordedMoreThanThreeWorkingDaysAfterTheyHappened() {
        assertThat(recordedLate.share()).isCloseTo(PracticeQuality.typical().lateRecording(), within(0.02));
    }

    @Test
    void mostChildProtectionVisitsAreWithinTenWorkingDaysOfTheLast() {
        assertThat(childProtectionVisitsLate.total()).isGreaterThan(1000);
        assertThat(childProtectionVisitsLate.share()).isCloseTo(PracticeQuality.typical().lateVisit(), within(0.05));
    }

    @Test
    void aFewVisitRecordsLeaveUnansweredWhetherTheChildWasSeenAlone() {
        assertThat(visitsWithoutSeenAnswer.share()).isBetween(0.01, 0.08);
    }

    @Test
    void someChildrenHaveThreeOrMoreSocialWorkersInAYear() {
        assertThat(childrenWithThreeOrMoreWorkersInTheLastYear.share()).isBetween(0.03, 0.4);
    }

    private static void childPractice(List<? extends PracticeEvent> events) {
        LocalDate section47Discussion = null;
        LocalDate lastChildProtectionContact = null;
        Set<String> workersInLastYear = new HashSet<>();
        String workerAtYearStart = null;
        LocalDate yearStart = END.minusYears(1);
        for (PracticeEvent event : events) {
            if (event instanceof StrategyDiscussionHeld discussion && discussion.section47Initiated()) {
                section47Discussion = discussion.occurredAt();
            }
            if (event instanceof InitialChildProtectionConferenceHeld conference && inHistory(event) && section47Discussion != null) {
                // WT2023: within 15 working days of the (latest) strategy discussion that started the section 47 enquiry.
                initialConferencesLate.count(CALENDAR.workingDaysBetween(section47Discussion, conference.occurredAt()) > 15);
            }
            if (event instanceof ChildProtectionPlanStarted) {
                lastChildProtectionContact = event.occurredAt();
            }
            if (event instanceof ChildProtectionPlanEnded) {
                lastChildProtectionContact = null;
            }
            if (event instanceof VisitMade visit && inHistory(event)) {
                visitsWithoutSeenAnswer.count(visit.childSeen() == null || visit.childSeen() && visit.seenAlone() == null);
                if (visit.visitType() == VisitType.CHILD_PROTECTION && lastChildProtectionContact != null) {
                    childProtectionVisitsLate.count(CALENDAR.workingDaysBetween(lastChildProtectionContact, visit.occurredAt()) > 10);
                    lastChildProtectionContact = visit.occurredAt();
                }
            }
            if (event instanceof CareLeaverContactMade contact && inHistory(event) && contact.neet() != null) {
                contactsNeet.count(contact.neet());
            }
            if (event instanceof WorkerAllocated allocation) {
                if (allocation.occurredAt().isBefore(yearStart)) {
                    workerAtYearStart = allocation.workerId();
                } else {
                    workersInLastYear.add(allocation.workerId());
                }
            }
        }
        if (!workersInLastYear.isEmpty()) {
            if (workerAtYearStart != null) {
                workersInLastYear.add(workerAtYearStart);
            }
            childrenWithThreeOrMoreWorkersInTheLastYear.count(workersInLastYear.size() >= 3);
        }
    }

    /** FSR reg 28: reviewed within a year of approval and of each review; out of date from the day after. */
    private static void carerPractice(List<? extends PracticeEvent> events) {
        for (LocalDate censusDate : annualCensusDates()) {
            LocalDate lastReview = null;
            boolean approved = false;
            for (PracticeEvent event : events) {
                if (event.occurredAt().isAfter(censusDate)) {
                    break;
                }
                if (event instanceof FosterCarerApproved || event instanceof FosterCarerApprovalReviewed) {
                    lastReview = event.occurredAt();
                    approved = true;
                }
                if (event instanceof FosterCarerDeregistered) {
                    approved = false;
                }
            }
            if (approved) {
                carersWithReviewOutOfDate.count(censusDate.isAfter(lastReview.plusYears(1)));
            }
        }
    }

    private static boolean inHistory(PracticeEvent event) {
        return !event.occurredAt().isBefore(START);
    }

    private static List<LocalDate> annualCensusDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = 0; year < 5; year++) {
            dates.add(END.minusYears(year));
        }
        return dates;
    }

    /** How many of something there were, and how many of those were of the kind being measured. */
    private static final class Tally {
        private int total;
        private int counted;

        void count(boolean isOfTheKind) {
            total++;
            if (isOfTheKind) {
                counted++;
            }
        }

        int total() {
            return total;
        }

        double share() {
            return total == 0 ? 0 : (double) counted / total;
        }
    }
}
