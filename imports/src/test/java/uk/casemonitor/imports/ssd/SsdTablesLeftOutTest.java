package uk.casemonitor.imports.ssd;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.imports.InMemoryCaseHistory;
import uk.casemonitor.imports.ssd.SsdImportReport.IgnoredTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An authority's SSD holds about 45 {@code ssd_*} tables; the monitor reads some of them. The
 * operator sees each of the others the extract holds, with why it is left out, so that a table left
 * out by design is not mistaken for data lost.
 */
class SsdTablesLeftOutTest {

    private static final Instant NIGHT = Instant.parse("2024-06-01T01:30:00Z");

    private final SsdImporter importer = new SsdImporter(new InMemoryCaseHistory(), new StoredRows(),
            Clock.fixed(NIGHT, CaseTime.ZONE), new SsdImportSettings(0.5, 0, 2, 1));

    @Test
    void eachTableOfTheExtractTheMonitorDoesNotMapIsReportedWithWhyAndTheImportIsNoLessComplete() throws IOException {
        Path extract = SsdSamples.folder("night-1");
        for (String unmapped : new String[]{"ssd_contacts", "ssd_professionals", "ssd_department", "ssd_sdq_scores"}) {
            Files.writeString(extract.resolve(unmapped + ".csv"), "id\n1\n", StandardCharsets.UTF_8);
        }
        // Not an SSD table file: a folder is read for its ssd_*.csv files only.
        Files.writeString(extract.resolve("readme.txt"), "tonight's extract", StandardCharsets.UTF_8);

        SsdImportReport report = importer.importFrom(SsdCsvFiles.fromFolder(extract));

        assertThat(report.ignoredTables()).containsExactly(
                new IgnoredTable("ssd_contacts", "the monitor has no contact event"),
                new IgnoredTable("ssd_department", "names only: workers and teams come from ssd_involvements by id"),
                new IgnoredTable("ssd_professionals", "names only: workers and teams come from ssd_involvements by id"),
                new IgnoredTable("ssd_sdq_scores", "not used by the monitor"));
        assertThat(report.eventsStored()).isEqualTo(32);
        assertThat(report.absentTables()).containsExactly("ssd_cin_assessments", "ssd_cp_reviews", "ssd_care_leavers");
    }

    @Test
    void anUploadedPartNamedAfterNoTableTheMonitorReadsIsReportedAsIgnoredAndTheOthersImport() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("ssd_person", csv("pers_person_id,pers_dob\nQ1,2015-01-01\n"));
        parts.put("ssd_missing.csv", csv("miss_table_id,miss_person_id\nM1,Q1\n"));
        parts.put("person", csv("pers_person_id,pers_dob\nQ2,2016-01-01\n"));

        SsdImportReport report = importer.importFrom(SsdCsvFiles.fromParts(parts));

        assertThat(report.rowsRead()).containsOnlyKeys("ssd_person");
        assertThat(report.eventsStored()).isEqualTo(1);
        assertThat(report.ignoredTables()).containsExactly(
                new IgnoredTable("person", "no SSD table is named so: parts are named after the SSD's tables"),
                new IgnoredTable("ssd_missing", "not used by the monitor"));
    }

    @Test
    void anUploadOfNoTableTheMonitorReadsIsRefusedNamingItsFirstPart() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("ssd_visits", csv("id\n1\n"));
        parts.put("ssd_contacts", csv("id\n1\n"));

        assertThatThrownBy(() -> SsdCsvFiles.fromParts(parts))
                .isInstanceOfSatisfying(SsdExtractException.class, e -> assertThat(e.source()).isEqualTo("ssd_visits"))
                .hasMessageContaining("ssd_person");
    }

    @Test
    void everyTableTheMonitorMapsIsImportedNeverReportedAsLeftOut() {
        assertThat(SsdTablesLeftOut.among(Arrays.stream(SsdTable.values()).map(SsdTable::tableName).toList())).isEmpty();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
