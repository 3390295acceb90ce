package uk.casemonitor.imports.ssd;

import uk.casemonitor.imports.InMemoryCaseHistory;
import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.CorrectionRecorded;
import uk.casemonitor.core.childcase.RetractionRecorded;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.imports.returns.EventLines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSD is reloaded wholesale every night with no modified dates: the importer finds what changed
 * by comparing each row with what it made of it before, and records only that.
 */
class SsdNightlyImportTest {

    private static final Instant FIRST_NIGHT = Instant.parse("2024-06-01T01:30:00Z");
    private static final Instant SECOND_NIGHT = Instant.parse("2024-06-02T01:30:00Z");
    /**
     * Retractions are refused beyond half a table's rows in these small samples, no rows exempt; two
     * children per unit of work, one unit at a time (the recording here is not made for threads).
     */
    private static final SsdImportSettings SETTINGS = new SsdImportSettings(0.5, 0, 2, 1);

    private final InMemoryCaseHistory monitor = new InMemoryCaseHistory();
    private final StoredRows memory = new StoredRows();

    @Test
    void theFirstImportIsTheBackfillAndStampsHistoryAsRecordedOnItsOwnDates() {
        SsdImportReport report = importAt(FIRST_NIGHT, "night-1");

        assertThat(report.backfill()).isTrue();
        assertThat(report.eventsStored()).isEqualTo(32);
        assertThat(report.absentTables()).containsExactly("ssd_cin_assessments", "ssd_cp_reviews", "ssd_care_leavers");
        assertThat(report.rowsRead()).containsEntry("ssd_cp_visits", 6).containsEntry("ssd_person", 4);
        assertThat(report.problems()).hasSize(7);
        assertThat(report.complete()).isFalse();
        for (ChildCaseEvent event : monitor.streams().values().stream().flatMap(List::stream).toList()) {
            assertThat(event.recordedAt()).as(event.eventId())
                    .isEqualTo(event.occurredAt().atTime(LocalTime.NOON).atZone(CaseTime.ZONE).toInstant());
        }
        SsdSamples.NIGHT_ONE_STREAMS.forEach((child, expected) -> assertThat(
                monitor.childEvents(child).stream().map(EventLines::of).toList()).as(child).containsExactlyElementsOf(
                        expected));
    }

    @Test
    void importingTheSameSnapshotAgainStoresNothing() {
        importAt(FIRST_NIGHT, "night-1");

        SsdImportReport again = importAt(SECOND_NIGHT, "night-1");

        assertThat(again.backfill()).isFalse();
        assertThat(again.eventsStored()).isZero();
        assertThat(again.corrections()).isZero();
        assertThat(again.retractions()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(memory.all().size());
        assertThat(monitor.bulks()).isEqualTo(2); // the first night's two bulks of two children; none tonight
    }

    @Test
    void theNextNightCorrectsAChangedRowRetractsAVanishedOneAndStampsWhatIsNewAsRecordedTonight() {
        importAt(FIRST_NIGHT, "night-1");

        SsdImportReport nightTwo = importAt(SECOND_NIGHT, "night-2");

        assertThat(nightTwo.corrections()).isEqualTo(1);
        assertThat(nightTwo.retractions()).isEqualTo(1);
        assertThat(nightTwo.retractionsOfRowsGone()).isEqualTo(1);
        assertThat(nightTwo.eventsStored()).isEqualTo(3);
        List<ChildCaseEvent> recordedTonight = monitor.childEvents("P1").stream()
                .filter(event -> event.recordedAt().equals(SECOND_NIGHT)).toList();
        assertThat(recordedTonight).hasSize(3);
        CorrectionRecorded correction = only(recordedTonight, CorrectionRecorded.class);
        assertThat(correction.correctedEventId()).isEqualTo("ssd:cp_visits:V2:visit");
        assertThat(correction.replacement().occurredAt()).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(correction.reason()).isEqualTo("ssd_cp_visits row V2 changed in the extract");
        assertThat(only(recordedTonight, RetractionRecorded.class).retractedEventId()).isEqualTo("ssd:cp_visits:V1:visit");
        assertThat(only(recordedTonight, VisitMade.class).eventId()).isEqualTo("ssd:cp_visits:V6:visit");
        assertThat(monitor.correctedPicture("P1").stream().filter(VisitMade.class::isInstance).map(ChildCaseEvent::occurredAt))
                .containsExactlyInAnyOrder(LocalDate.of(2024, 2, 6), LocalDate.of(2024, 2, 15));
    }

    @Test
    void theSecondNightRunTwiceSendsItsChangesOnce() {
        importAt(FIRST_NIGHT, "night-1");
        importAt(SECOND_NIGHT, "night-2");
        int stored = monitor.childEvents("P1").size();

        SsdImportReport again = importAt(SECOND_NIGHT.plusSeconds(600), "night-2");

        assertThat(again.eventsStored()).isZero();
        assertThat(monitor.childEvents("P1")).hasSize(stored);
    }

    @Test
    void aNightOnWhichMostOfATablesRowsVanishIsRefusedAsABrokenExtractAndNothingIsRetracted() {
        importAt(FIRST_NIGHT, "night-1");
        int stored = monitor.streams().values().stream().mapToInt(List::size).sum();

        SsdImportReport broken = importAt(SECOND_NIGHT, "night-broken");

        assertThat(broken.refusal()).contains("ssd_cp_visits lost 3 of its 3 rows");
        assertThat(broken.vanishedTables()).containsExactly(new SsdImportReport.VanishedTable("ssd_cp_visits", 3, 3));
        assertThat(broken.eventsStored()).isZero();
        assertThat(monitor.streams().values().stream().mapToInt(List::size).sum()).isEqualTo(stored);
        // The tables the broken extract lacked were absent, not emptied: the full extract the next night changes nothing.
        assertThat(importAt(SECOND_NIGHT.plusSeconds(3600), "night-1").eventsStored()).isZero();
    }

    @Test
    void aVanishedRowThatComesBackIsRestoredByACorrection() {
        importAt(FIRST_NIGHT, "night-1");
        importAt(SECOND_NIGHT, "night-2");

        SsdImportReport back = importAt(SECOND_NIGHT.plusSeconds(86_400), "night-1");

        assertThat(monitor.correctedPicture("P1").stream().map(ChildCaseEvent::eventId))
                .contains("ssd:cp_visits:V1:visit", "ssd:cp_visits:V2:visit")
                .doesNotContain("ssd:cp_visits:V6:visit");
        assertThat(back.corrections()).isEqualTo(2); // V1 restored, V2's date put back
        assertThat(back.retractions()).isEqualTo(1); // V6 gone
    }

    /**
     * The front door's team took the referral; the assessment team it went to that same day was only
     * entered in the case system a night later. Passed on the day it was made, the front door's
     * involvement allocates nothing (docs/ssd-mapping.md): the team it gave is taken back, though its
     * row is still in the extract.
     */
    @Test
    void anAllocationTheNextNightShowsPassedOnTheDayItWasMadeIsTakenBackThoughItsRowStays() {
        Map<SsdTable, List<Map<String, String>>> night = new EnumMap<>(SsdTable.class);
        night.put(SsdTable.PERSON, List.of(Map.of("PERS_PERSON_ID", "P9", "PERS_DOB", "2016-04-01")));
        night.put(SsdTable.CIN_EPISODES, List.of(Map.of("CINE_REFERRAL_ID", "R9", "CINE_PERSON_ID", "P9",
                                                         "CINE_REFERRAL_DATE", "2024-05-20")));
        night.put(SsdTable.INVOLVEMENTS, List.of(involvement("I91", "", "MASH", "")));
        importAt(FIRST_NIGHT, night);
        assertThat(monitor.correctedPicture("P9").stream().map(ChildCaseEvent::eventId))
                .contains("ssd:involvements:I91:team");

        night.put(SsdTable.INVOLVEMENTS, List.of(involvement("I91", "", "MASH", "2024-05-20"),
                                                 involvement("I92", "W9", "ASSESSMENT", "")));
        SsdImportReport nightTwo = importAt(SECOND_NIGHT, night);

        assertThat(nightTwo.retractions()).isEqualTo(1);
        assertThat(nightTwo.retractionsOfRowsGone()).isZero();
        RetractionRecorded retraction = only(monitor.childEvents("P9"), RetractionRecorded.class);
        assertThat(retraction.retractedEventId()).isEqualTo("ssd:involvements:I91:team");
        assertThat(retraction.reason()).isEqualTo("ssd_involvements row I91 no longer gives this event");
        assertThat(monitor.correctedPicture("P9").stream().map(ChildCaseEvent::eventId))
                .doesNotContain("ssd:involvements:I91:team")
                .contains("ssd:involvements:I92:team", "ssd:involvements:I92:worker");
    }

    private static Map<String, String> involvement(String id, String worker, String team, String ended) {
        return Map.of("INVO_INVOLVEMENTS_ID", id, "INVO_PROFESSIONAL_ID", worker, "INVO_PROFESSIONAL_TEAM", team,
                      "INVO_PERSON_ID", "P9", "INVO_REFERRAL_ID", "R9", "INVO_INVOLVEMENT_START_DATE", "2024-05-20",
                      "INVO_INVOLVEMENT_END_DATE", ended);
    }

    private SsdImportReport importAt(Instant night, Map<SsdTable, List<Map<String, String>>> tables) {
        SsdSource source = new SsdSource() {
            @Override
            public Optional<List<SsdRow>> rows(SsdTable table) {
                return Optional.ofNullable(tables.get(table)).map(rows -> {
                    List<SsdRow> read = new ArrayList<>();
                    rows.forEach(values -> read.add(new SsdRow(table, read.size() + 2, values)));
                    return read;
                });
            }

            @Override
            public Set<String> tables() {
                return tables.keySet().stream().map(SsdTable::tableName).collect(Collectors.toSet());
            }

            @Override
            public String description() {
                return "rows in memory";
            }
        };
        return new SsdImporter(monitor, memory, Clock.fixed(night, CaseTime.ZONE), SETTINGS).importFrom(source);
    }

    private SsdImportReport importAt(Instant night, String extract) {
        SsdImporter importer = new SsdImporter(monitor, memory, Clock.fixed(night, CaseTime.ZONE), SETTINGS);
        return importer.importFrom(SsdCsvFiles.fromFolder(SsdSamples.folder(extract)));
    }

    private static <T> T only(List<ChildCaseEvent> events, Class<T> type) {
        List<T> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
