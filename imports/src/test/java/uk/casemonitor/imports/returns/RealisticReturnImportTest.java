package uk.casemonitor.imports.returns;

import uk.casemonitor.imports.InMemoryCaseHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ReturnFactUnplaced;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's measure of done: a realistic SSDA903 return of a few thousand children, with the
 * slips real extracts carry, imported from its CSV files and from its XML export. A failure costs
 * the row, never the child.
 */
class RealisticReturnImportTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final RealisticSsda903Return RETURN = new RealisticSsda903Return(17, 2_300, 120);
    private static final Set<String> BAD_ROWS = new HashSet<>();
    private static final Map<Ssda903File, String> CSV = RETURN.csv(BAD_ROWS);

    private static InMemoryCaseHistory fromCsv;
    private static ImportReport csvReport;
    private static InMemoryCaseHistory fromXml;
    private static ImportReport xmlReport;

    @BeforeAll
    static void importTheReturnBothWays() {
        fromCsv = new InMemoryCaseHistory();
        csvReport = new StatutoryReturnImporter(fromCsv, TODAY).importSsda903(new Ssda903Files(CSV, Optional.empty()), false);
        fromXml = new InMemoryCaseHistory();
        xmlReport = new StatutoryReturnImporter(fromXml, TODAY).importSsda903(Ssda903Xml.fromBytes("return.xml", "file",
                RETURN.xml().getBytes(StandardCharsets.UTF_8), Optional.empty()), false);
    }

    @Test
    void atLeast95PercentOfChildrenWithAnyValidEpisodeAreRecordedFromCsvAndFromXml() {
        List<String> withValidEpisode = RETURN.children.stream().filter(RealisticSsda903Return.Child::hasValidEpisode)
                                                       .map(RealisticSsda903Return.Child::id).toList();
        assertThat(withValidEpisode).hasSizeGreaterThan(2_000);
        long[] lookedAfter = new long[2];
        List<InMemoryCaseHistory> stores = List.of(fromCsv, fromXml);
        for (int i = 0; i < 2; i++) {
            InMemoryCaseHistory store = stores.get(i);
            lookedAfter[i] = withValidEpisode.stream().filter(child -> store.childEvents(child).stream()
                    .anyMatch(BecameLookedAfter.class::isInstance)).count();
            assertThat((double) lookedAfter[i] / withValidEpisode.size()).isGreaterThanOrEqualTo(0.95);
        }
        System.out.printf("REALISTIC-RETURN children=%d withValidEpisode=%d lookedAfterCsv=%d lookedAfterXml=%d "
                          + "childrenRecorded=%d events=%d errors=%d warnings=%d year=%s (%s)%n",
                RETURN.children.size(), withValidEpisode.size(), lookedAfter[0], lookedAfter[1], csvReport.childrenRecorded(),
                csvReport.eventsStored(), csvReport.errors().size(), csvReport.warnings().size(),
                csvReport.collectionYear(), csvReport.collectionYearReason());
        csvReport.errors().stream().collect(Collectors.groupingBy(e -> e.file() + " " + e.column() + " " + kindOf(e.message()),
                TreeMap::new, Collectors.counting())).forEach((kind, n) -> System.out.println("REALISTIC-ERROR " + n + " " + kind));
        csvReport.warnings().stream().collect(Collectors.groupingBy(e -> e.file() + " " + e.column(), TreeMap::new,
                Collectors.counting())).forEach((kind, n) -> System.out.println("REALISTIC-WARNING " + n + " " + kind));
    }

    @Test
    void theCollectionYearComesFromTheBulkOfTheDatesNotTheMistypedOnes() {
        assertThat(csvReport.collectionYear()).isEqualTo(RealisticSsda903Return.YEAR.label());
        assertThat(xmlReport.collectionYear()).isEqualTo(RealisticSsda903Return.YEAR.label());
        assertThat(csvReport.collectionYearReason()).contains("fall in 2024-25");
    }

    @Test
    void everyRowMadeBadIsInTheReportWithItsFileAndRow() {
        Set<String> reported = csvReport.errors().stream().map(e -> e.file() + ":" + e.row()).collect(Collectors.toSet());
        assertThat(BAD_ROWS).isNotEmpty();
        assertThat(reported).containsAll(BAD_ROWS);
        assertThat(csvReport.errors()).allSatisfy(error -> {
            assertThat(error.column()).isNotBlank();
            assertThat(error.message()).isNotBlank();
        });
        assertThat(csvReport.refusedChildren()).isEmpty();
    }

    @Test
    void everyEpisodeAndReviewRowIsEitherRecordedOrReported() {
        Set<String> reported = csvReport.errors().stream().map(e -> e.file() + ":" + e.row()).collect(Collectors.toSet());
        Set<String> ids = fromCsv.streams().values().stream().flatMap(List::stream).map(ChildCaseEvent::eventId)
                                 .collect(Collectors.toSet());
        String[] episodes = CSV.get(Ssda903File.EPISODES).split("\n");
        for (int line = 2; line <= episodes.length; line++) {
            String[] row = episodes[line - 1].split(",", -1);
            String prefix = "ssda903:episode:" + row[0] + ":" + CollectionYearTest.iso(row[1]) + ":";
            boolean recorded = ids.stream().anyMatch(id -> id.startsWith(prefix));
            assertThat(recorded || reported.contains("episodes.csv:" + line)).as("episodes.csv:" + line).isTrue();
        }
        String[] reviews = CSV.get(Ssda903File.REVIEWS).split("\n");
        for (int line = 2; line <= reviews.length; line++) {
            String[] row = reviews[line - 1].split(",", -1);
            String id = "ssda903:review:" + row[0] + ":" + CollectionYearTest.iso(row[2]);
            assertThat(ids.contains(id) || reported.contains("reviews.csv:" + line)).as("reviews.csv:" + line).isTrue();
        }
    }

    @Test
    void aReviewWithNoPeriodOfCareIsKeptAsADataQualityFindingAndTheChildsOtherRowsImport() {
        List<ReturnFactUnplaced> unplaced = fromCsv.streams().values().stream().flatMap(List::stream)
                .filter(ReturnFactUnplaced.class::isInstance).map(ReturnFactUnplaced.class::cast).toList();
        assertThat(unplaced).isNotEmpty();
        assertThat(unplaced).allSatisfy(finding -> {
            assertThat(fromCsv.childEvents(finding.childId())).anyMatch(e -> !(e instanceof ReturnFactUnplaced));
            assertThat(csvReport.errors()).anyMatch(error -> (error.file() + ":" + error.row()).equals(finding.source())
                                                             && error.message().contains("data-quality finding"));
        });
    }

    @Test
    void theCsvFilesAndTheXmlExportGiveTheSameEvents() {
        assertThat(normalised(fromXml)).isEqualTo(normalised(fromCsv));
        assertThat(xmlReport.eventsStored()).isEqualTo(csvReport.eventsStored());
        assertThat(xmlReport.errors()).hasSameSizeAs(csvReport.errors());
        assertThat(xmlReport.warnings()).hasSameSizeAs(csvReport.warnings());
    }

    @Test
    void importingTheReturnAgainStoresNothing() {
        int before = fromCsv.eventCount();

        ImportReport again = new StatutoryReturnImporter(fromCsv, TODAY)
                .importSsda903(new Ssda903Files(CSV, Optional.empty()), false);

        assertThat(again.eventsStored()).isZero();
        assertThat(again.alreadyRecorded()).isEqualTo(before);
        assertThat(fromCsv.eventCount()).isEqualTo(before);
    }

    @Test
    void aDryRunGivesTheFullReportAndStoresNothing() {
        InMemoryCaseHistory untouched = new InMemoryCaseHistory();

        ImportReport dryRun = new StatutoryReturnImporter(untouched, TODAY)
                .importSsda903(new Ssda903Files(CSV, Optional.empty()), true);

        assertThat(untouched.eventCount()).isZero();
        assertThat(dryRun.validateOnly()).isTrue();
        assertThat(dryRun.eventsStored()).isEqualTo(csvReport.eventsStored());
        assertThat(dryRun.childrenRecorded()).isEqualTo(csvReport.childrenRecorded());
        assertThat(dryRun.errors()).isEqualTo(csvReport.errors());
        assertThat(dryRun.warnings()).isEqualTo(csvReport.warnings());
    }

    private static String kindOf(String message) {
        String general = message.replaceAll("LAC\\d+", "C").replaceAll("\\d", "#");
        return general.substring(0, Math.min(70, general.length()));
    }

    /** A finding names the row of its own file (reviews.csv:12, return.xml:3456); everything else must match exactly. */
    private static Map<String, List<ChildCaseEvent>> normalised(InMemoryCaseHistory store) {
        Map<String, List<ChildCaseEvent>> streams = new TreeMap<>();
        store.streams().forEach((child, events) -> streams.put(child, events.stream().map(event ->
                event instanceof ReturnFactUnplaced u ? (ChildCaseEvent) new ReturnFactUnplaced(u.childId(), u.eventId(),
                        u.occurredAt(), u.recordedAt(), u.recordedBy(), u.fact(), "-", u.reason()) : event).toList()));
        return streams;
    }
}
