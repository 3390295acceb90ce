package uk.casemonitor.tools.generator.ssd;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildInNeedPlanStarted;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.core.childcase.ReviewChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.tools.generator.AuthorityGenerator;
import uk.casemonitor.tools.generator.GeneratedSubject;
import uk.casemonitor.tools.generator.GeneratorSettings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated authority's SSD extract: every table the monitor reads, under the SSD's own column
 * names; each visit, plan and review the generator made appears once, on the night it was recorded;
 * and the second night differs from the first by exactly what happened in between: the day's new
 * recording, corrected visit dates, deleted duplicates.
 */
class SsdExtractTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults(LAST_DAY)
            .withEndDate(LAST_DAY).withScale(0.1).withYears(3);
    private static final Instant NIGHT_ONE_RAN = LAST_DAY.atStartOfDay(CaseTime.ZONE).toInstant();

    @TempDir
    static Path folder;

    private static SsdExtractSummary summary;
    private static List<ChildCaseEvent> generated;

    @BeforeAll
    static void writeTheExtract() {
        // Every recent change of worker entered late, so that even this small authority has one on the second night.
        SecondNight changes = new SecondNight(SecondNight.typical().mistypedVisitDates(),
                                              SecondNight.typical().duplicatedVisits(), 1.0);
        summary = new SsdExtract(changes).write(new AuthorityGenerator(SETTINGS), LAST_DAY, folder);
        generated = new ArrayList<>();
        for (GeneratedSubject<?> subject : new AuthorityGenerator(SETTINGS)) {
            if (subject.isChild()) {
                subject.events().forEach(event -> generated.add((ChildCaseEvent) event));
            }
        }
    }

    @Test
    void eachNightHasEveryTableHeadedByTheSsdColumnNames() throws IOException {
        for (String night : List.of(SsdExtract.NIGHT_ONE, SsdExtract.NIGHT_TWO)) {
            for (SsdTable table : SsdTable.values()) {
                Path file = folder.resolve(night).resolve(table.fileName());
                assertThat(file).as(night + "/" + table.fileName()).exists();
                String header = Files.newBufferedReader(file, StandardCharsets.UTF_8).readLine();
                assertThat(header).isEqualTo(String.join(",", table.columns()));
                assertThat(read(night, table)).as(table.tableName() + " on " + night).isNotEmpty();
            }
        }
        assertThat(SsdTable.CP_VISITS.columns()).containsExactly("cppv_cp_visit_id", "cppv_person_id", "cppv_cp_plan_id",
                "cppv_cp_visit_date", "cppv_cp_visit_seen", "cppv_cp_visit_seen_alone", "cppv_cp_visit_bedroom");
    }

    @Test
    void eachGeneratedVisitPlanAndReviewAppearsOnceOnTheSecondNightOnItsDate() throws IOException {
        Map<SsdTable, Map<String, Map<String, String>>> nightTwo = new HashMap<>();
        for (SsdTable table : SsdTable.values()) {
            nightTwo.put(table, byId(read(SsdExtract.NIGHT_TWO, table)));
        }
        long checked = 0;
        for (ChildCaseEvent event : generated) {
            String id = SsdValues.rowId(event.eventId());
            String date = event.occurredAt().toString();
            Map<String, String> row = null;
            if (event instanceof VisitMade visit && visit.visitType() == VisitType.CHILD_PROTECTION) {
                row = nightTwo.get(SsdTable.CP_VISITS).get(id);
                assertThat(row.get("cppv_cp_visit_date")).startsWith(date).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:00\\.000");
                assertThat(row.get("cppv_cp_visit_seen")).isEqualTo(flag(visit.childSeen()));
                assertThat(row.get("cppv_cp_visit_seen_alone")).isEqualTo(flag(visit.seenAlone()));
            } else if (event instanceof VisitMade visit && visit.visitType() == VisitType.CHILD_IN_NEED) {
                row = nightTwo.get(SsdTable.CIN_VISITS).get(id);
                assertThat(row.get("cinv_cin_visit_date")).startsWith(date);
            } else if (event instanceof VisitMade visit && visit.visitType() == VisitType.LOOKED_AFTER) {
                row = nightTwo.get(SsdTable.CLA_VISITS).get(id);
                assertThat(row.get("clav_cla_visit_date")).startsWith(date);
            } else if (event instanceof ChildProtectionPlanStarted) {
                row = nightTwo.get(SsdTable.CP_PLANS).get(id);
                assertThat(row.get("cppl_cp_plan_start_date")).isEqualTo(date + " 00:00:00.000");
            } else if (event instanceof ChildInNeedPlanStarted) {
                row = nightTwo.get(SsdTable.CIN_PLANS).get(id);
                assertThat(row.get("cinp_cin_plan_start_date")).startsWith(date);
            } else if (event instanceof ReviewChildProtectionConferenceHeld) {
                row = nightTwo.get(SsdTable.CP_REVIEWS).get(id);
                assertThat(row.get("cppr_cp_review_date")).startsWith(date);
            } else if (event instanceof LookedAfterReviewHeld) {
                row = nightTwo.get(SsdTable.CLA_REVIEWS).get(id);
                assertThat(row.get("clar_cla_review_date")).startsWith(date);
            } else {
                continue;
            }
            assertThat(row).as(event.toString()).isNotNull();
            assertThat(row.values()).contains(event.childId());
            checked++;
        }
        long rows = 0;
        for (SsdTable table : List.of(SsdTable.CP_VISITS, SsdTable.CIN_VISITS, SsdTable.CLA_VISITS, SsdTable.CP_PLANS,
                                      SsdTable.CIN_PLANS, SsdTable.CP_REVIEWS, SsdTable.CLA_REVIEWS)) {
            rows += read(SsdExtract.NIGHT_TWO, table).size();
        }
        assertThat(rows).as("no row but the generated ones, none twice").isEqualTo(checked);
    }

    @Test
    void theSecondNightDiffersByTheDaysRecordingCorrectedVisitDatesAndDeletedDuplicates() throws IOException {
        Map<String, ChildCaseEvent> eventsByRowId = new HashMap<>();
        generated.forEach(event -> eventsByRowId.put(SsdValues.rowId(event.eventId()), event));
        long added = 0;
        long changed = 0;
        long vanished = 0;
        long correctedVisitDates = 0;
        for (SsdTable table : SsdTable.values()) {
            Map<String, Map<String, String>> one = byId(read(SsdExtract.NIGHT_ONE, table));
            Map<String, Map<String, String>> two = byId(read(SsdExtract.NIGHT_TWO, table));
            for (Map.Entry<String, Map<String, String>> row : two.entrySet()) {
                Map<String, String> before = one.remove(row.getKey());
                if (before == null) {
                    added++;
                    ChildCaseEvent madeBy = eventsByRowId.get(row.getKey());
                    if (madeBy != null && table != SsdTable.PERSON && table != SsdTable.CARE_LEAVERS
                        && madeBy.recordedAt().isBefore(NIGHT_ONE_RAN)) {
                        // Recorded earlier, but under a plan or period of care only recorded since (a case system
                        // holds no visit without its plan), or a change of worker entered late.
                        boolean workerChange = table == SsdTable.INVOLVEMENTS
                                               && !row.getValue().get("invo_worker_change_reason").isEmpty();
                        assertThat(NightOne.isVisit(table) || workerChange).as("new on night 2 but recorded before: " + row)
                                                                           .isTrue();
                    }
                } else if (!before.equals(row.getValue())) {
                    changed++;
                    if (NightOne.isVisit(table)) {
                        String dateColumn = table.columns().get(table == SsdTable.CIN_VISITS ? 2 : 3);
                        assertThat(differingColumns(before, row.getValue())).containsExactly(dateColumn);
                        LocalDate typed = LocalDate.parse(before.get(dateColumn).substring(0, 10));
                        LocalDate corrected = LocalDate.parse(row.getValue().get(dateColumn).substring(0, 10));
                        assertThat(typed).isEqualTo(corrected.plusDays(1));
                        correctedVisitDates++;
                    }
                }
            }
            for (Map.Entry<String, Map<String, String>> gone : one.entrySet()) {
                vanished++;
                assertThat(NightOne.isVisit(table)).as("only duplicated visits vanish: " + gone).isTrue();
                String original = Long.toString(Long.parseLong(gone.getKey()) - NightOne.DUPLICATE_ID_OFFSET);
                Map<String, String> kept = new LinkedHashMap<>(gone.getValue());
                kept.put(table.columns().get(0), original);
                assertThat(two.get(original)).as("the duplicated visit itself stays").isNotNull();
            }
        }
        assertThat(correctedVisitDates).isPositive().isEqualTo(summary.mistypedVisitDates());
        assertThat(vanished).isPositive().isEqualTo(summary.duplicatesDeleted());
        assertThat(summary.workerChanges()).isPositive();
        assertThat(added).isPositive();
        long summarised = summary.changes().values().stream().mapToLong(SsdExtractSummary.Changes::total).sum();
        assertThat(added + changed + vanished).isEqualTo(summarised);
    }

    private static List<String> differingColumns(Map<String, String> a, Map<String, String> b) {
        return a.keySet().stream().filter(column -> !a.get(column).equals(b.get(column))).toList();
    }

    private static String flag(Boolean value) {
        return value == null ? "" : value ? "Y" : "N";
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (Map<String, String> row : rows) {
            Map<String, String> previous = byId.put(row.values().iterator().next(), row);
            assertThat(previous).as("row id used twice: " + row).isNull();
        }
        return byId;
    }

    private static List<Map<String, String>> read(String night, SsdTable table) throws IOException {
        try (Reader reader = Files.newBufferedReader(folder.resolve(night).resolve(table.fileName()), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : table.columns()) {
                    row.put(column, record.get(column));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
