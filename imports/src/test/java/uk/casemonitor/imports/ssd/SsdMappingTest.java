package uk.casemonitor.imports.ssd;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.imports.returns.EventLines;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each SSD table as the monitor's events, from a small extract shaped like a real authority's; see
 * docs/ssd-mapping.md. Every bad row is reported with its table, row id and column, and the rest is mapped.
 */
class SsdMappingTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private final SsdMapping.Snapshot nightOne = mapped("night-1");

    @Test
    void everyReadableRowBecomesTheChildsEventsWhateverTheDateFormatAndBlankFlags() {
        Map<String, List<String>> streams = new TreeMap<>();
        for (MappedRow row : nightOne.rows()) {
            for (ChildCaseEvent event : row.events()) {
                streams.computeIfAbsent(row.childId(), c -> new java.util.ArrayList<>()).add(EventLines.of(event));
            }
        }

        assertThat(streams.keySet()).containsExactly("P1", "P2", "P3");
        SsdSamples.NIGHT_ONE_STREAMS.forEach((child, expected) ->
                assertThat(streams.get(child)).as(child).containsExactlyInAnyOrderElementsOf(expected));
    }

    @Test
    void eachBadRowIsReportedWithItsTableRowIdAndColumnAndLeftOut() {
        assertThat(nightOne.problems()).extracting(p -> p.table() + " " + p.rowId() + " line " + p.place() + " " + p.column())
                .containsExactlyInAnyOrder(
                        "ssd_person P4 line 5 pers_dob",                                   // born in 2031
                        "ssd_cin_episodes R3 line 4 cine_referral_source_code",            // XX is no referral source
                        "ssd_cp_visits V3 line 4 cppv_cp_visit_date",                      // 30 February
                        "ssd_cp_visits V1 line 6 cppv_cp_visit_id",                        // V1 twice
                        "ssd_cp_visits V5 line 7 cppv_cp_visit_seen",                      // X is no flag
                        "ssd_cp_visits V4 line 5 cppv_cp_visit_date",                      // before the plan began
                        "ssd_cla_health H3 line 4 clah_health_check_type");                // an optician's check
        assertThat(reason("V3")).contains("'2024-02-30' is not a date that exists");
        assertThat(reason("V4")).contains("the visit on 2023-12-01 is not during a child-protection plan of child P1");
        assertThat(reason("V1")).contains("also the id of the row at 2");
    }

    @Test
    void eventIdsAreTheTableTheRowIdAndTheKindOfEventSoTheSameRowGivesTheSameIdsEveryNight() {
        MappedRow plan = row("ssd_cp_plans", "CP1");

        assertThat(plan.events()).extracting(ChildCaseEvent::eventId).containsExactly("ssd:cp_plans:CP1:started");
        assertThat(mapped("night-1").rows()).isEqualTo(nightOne.rows());
    }

    @Test
    void aChangedVisitDateChangesOnlyThatRowsFingerprint() {
        SsdMapping.Snapshot nightTwo = mapped("night-2");
        Map<String, Map<String, String>> before = fingerprints(nightOne);
        Map<String, Map<String, String>> after = fingerprints(nightTwo);

        List<String> changed = after.keySet().stream().filter(before::containsKey)
                                    .filter(key -> !before.get(key).equals(after.get(key))).toList();
        assertThat(changed).containsExactly("ssd_cp_visits V2");
        assertThat(before.keySet().stream().filter(key -> !after.containsKey(key))).containsExactly("ssd_cp_visits V1");
        assertThat(after.keySet().stream().filter(key -> !before.containsKey(key))).containsExactly("ssd_cp_visits V6");
    }

    private String reason(String rowId) {
        return nightOne.problems().stream().filter(p -> p.rowId().equals(rowId)).findFirst().orElseThrow().reason();
    }

    private MappedRow row(String table, String rowId) {
        return nightOne.rows().stream().filter(r -> r.table().tableName().equals(table) && r.rowId().equals(rowId))
                       .findFirst().orElseThrow();
    }

    private static Map<String, Map<String, String>> fingerprints(SsdMapping.Snapshot snapshot) {
        return snapshot.rows().stream().filter(row -> !row.faulty()).collect(Collectors.toMap(
                row -> row.table().tableName() + " " + row.rowId(), MappedRow::fingerprints));
    }

    static SsdMapping.Snapshot mapped(String night) {
        SsdSource source = SsdCsvFiles.fromFolder(SsdSamples.folder(night));
        Map<SsdTable, List<SsdRow>> tables = new EnumMap<>(SsdTable.class);
        for (SsdTable table : SsdTable.values()) {
            source.rows(table).ifPresent(rows -> tables.put(table, rows));
        }
        return SsdMapping.map(tables, TODAY);
    }
}
