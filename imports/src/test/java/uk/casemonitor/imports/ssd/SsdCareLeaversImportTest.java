package uk.casemonitor.imports.ssd;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.RetractionRecorded;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.imports.InMemoryCaseHistory;
import uk.casemonitor.imports.returns.EventLines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ssd_care_leavers} holds each young person's latest state only: the status they have now, the
 * latest contact with their personal adviser, the latest pathway plan. The monitor keeps the history
 * the table does not: yesterday's latest contact is still a contact once a later one is the latest,
 * and a young person gone from the table (support ended) keeps what was recorded.
 *
 * <p>Samples {@code leaving-care-1..3}: C1 left care at 18 and is former relevant; C2 left care at 16
 * and is relevant; C3 is looked after and eligible, and leaves care the second night; C4 is a
 * qualifying care leaver (no duties followed); C5's status is no status; C6 has no date of birth.
 */
class SsdCareLeaversImportTest {

    private static final Instant FIRST_NIGHT = Instant.parse("2025-06-01T01:30:00Z");
    private static final SsdImportSettings SETTINGS = new SsdImportSettings(0.5, 0, 2, 1);

    private final InMemoryCaseHistory monitor = new InMemoryCaseHistory();
    private final StoredRows memory = new StoredRows();

    @Test
    void eachStatusTheYoungPersonCameThroughIsDatedAsTheRegulationsDefineIt() {
        SsdImportReport backfill = importOn(0, "leaving-care-1");

        assertThat(careLeaving("C1")).containsExactly(
                // Looked after from 13 and 18 on leaving care: eligible at 16, former relevant at 18.
                "BecameCareLeaver 2021-04-10 status=ELIGIBLE",
                "BecameCareLeaver 2023-04-10 status=FORMER_RELEVANT",
                "PathwayPlanReviewed 2025-03-01",
                "CareLeaverContactMade 2025-05-20 accommodationSuitable=true accommodationType=U inTouch=true neet=false");
        assertThat(careLeaving("C2")).containsExactly(
                // Left care at 16 after three years: relevant the day he left.
                "BecameCareLeaver 2024-02-20 status=ELIGIBLE",
                "BecameCareLeaver 2025-01-31 status=RELEVANT",
                "PathwayPlanReviewed 2025-02-03",
                "CareLeaverContactMade 2025-04-02 accommodationSuitable=false accommodationType=D inTouch=false neet=true");
        assertThat(careLeaving("C3")).containsExactly(
                // In care since October 2024, 16 in January 2025: eligible on her birthday, 13 weeks on.
                "BecameCareLeaver 2025-01-15 status=ELIGIBLE",
                "PathwayPlanReviewed 2025-03-20");
        assertThat(careLeaving("C4")).as("a qualifying care leaver: no duty followed").isEmpty();
        assertThat(backfill.problems()).extracting(SsdRowProblem::table, SsdRowProblem::rowId, SsdRowProblem::column)
                .contains(tuple("ssd_care_leavers", "C5", "clea_care_leaver_eligibility"),
                          tuple("ssd_care_leavers", "C1", "clea_person_id"),
                          tuple("ssd_care_leavers", "C6", "clea_care_leaver_accommodation"));
        assertThat(backfill.problems()).filteredOn(problem -> problem.rowId().equals("C1")).singleElement()
                .extracting(SsdRowProblem::reason).asString().contains("only that first row is imported");
    }

    @Test
    void aLaterLatestContactIsAFurtherContactAndTheEarlierOneStays() {
        importOn(0, "leaving-care-1");

        SsdImportReport nightTwo = importOn(1, "leaving-care-2");

        assertThat(nightTwo.retractions()).isZero();
        assertThat(nightTwo.corrections()).isZero();
        assertThat(contactDates("C1")).containsExactly(LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 1));
        assertThat(latestContact("C1").neet()).as("NEET at the latest contact, not retold of the earlier one").isTrue();
        // New row ids for every young person (the case system regenerated them): only what is new is sent.
        assertThat(monitor.childEvents("C2").stream().filter(event -> event.recordedAt().equals(night(1)))).isEmpty();
        // C3 left care: relevant from that day, her eligibility kept.
        assertThat(careLeaving("C3")).contains("BecameCareLeaver 2025-01-15 status=ELIGIBLE",
                                               "BecameCareLeaver 2025-06-01 status=RELEVANT");
    }

    @Test
    void aLatestContactThatMovesBackTakesBackTheLaterOneAndAYoungPersonGoneFromTheTableKeepsTheirHistory() {
        importOn(0, "leaving-care-1");
        importOn(1, "leaving-care-2");
        int recordedOfC1 = monitor.childEvents("C1").size();

        SsdImportReport nightThree = importOn(2, "leaving-care-3");

        assertThat(nightThree.refusal()).isNull();
        assertThat(nightThree.retractions()).isEqualTo(1);
        assertThat(monitor.childEvents("C2")).filteredOn(RetractionRecorded.class::isInstance).singleElement()
                .extracting(event -> ((RetractionRecorded) event).retractedEventId())
                .isEqualTo("ssd:care_leavers:C2:contact:2025-04-02");
        assertThat(monitor.correctedPicture("C2")).filteredOn(CareLeaverContactMade.class::isInstance)
                .extracting(ChildCaseEvent::occurredAt).containsExactly(LocalDate.of(2025, 3, 15));
        assertThat(monitor.childEvents("C1")).as("C1's support ended: nothing taken back").hasSize(recordedOfC1);
        assertThat(importOn(3, "leaving-care-3").eventsStored()).as("the same state again").isZero();
    }

    private List<String> careLeaving(String child) {
        return monitor.correctedPicture(child).stream()
                .filter(event -> event instanceof BecameCareLeaver || event instanceof CareLeaverContactMade
                                 || event.getClass().getSimpleName().startsWith("PathwayPlan"))
                .map(EventLines::of).toList();
    }

    private List<LocalDate> contactDates(String child) {
        return monitor.correctedPicture(child).stream().filter(CareLeaverContactMade.class::isInstance)
                .map(ChildCaseEvent::occurredAt).sorted().toList();
    }

    private CareLeaverContactMade latestContact(String child) {
        return monitor.correctedPicture(child).stream().filter(CareLeaverContactMade.class::isInstance)
                .map(CareLeaverContactMade.class::cast).reduce((first, second) -> second).orElseThrow();
    }

    private SsdImportReport importOn(int night, String extract) {
        SsdImporter importer = new SsdImporter(monitor, memory, Clock.fixed(night(night), CaseTime.ZONE), SETTINGS);
        return importer.importFrom(SsdCsvFiles.fromFolder(SsdSamples.folder(extract)));
    }

    private static Instant night(int night) {
        return FIRST_NIGHT.plusSeconds(86_400L * night);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
