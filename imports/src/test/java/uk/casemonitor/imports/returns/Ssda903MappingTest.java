package uk.casemonitor.imports.returns;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.ChildCaseEvent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the SSDA903 files become each child's events, without the application. */
class Ssda903MappingTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final Ssda903Mapping mapping = new Ssda903Mapping(new ImportedRecordingTime(TODAY));

    @Test
    void theSampleReturnGivesEachChildTheirHistoryInOrder() {
        MappedReturn mapped = mapping.map(Ssda903Files.fromDirectory(SampleReturns.folder("ssda903"), Optional.empty()),
                                          ChildHistory.NONE);

        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.rowsRead()).isEqualTo(5 + 6 + 7 + 1 + 2);
        assertThat(lines(mapped)).isEqualTo(SampleReturns.SSDA903_STREAMS);
    }

    @Test
    void theXmlExportOfTheSampleReturnGivesTheSameEventsAsItsCsvFiles() {
        MappedReturn csv = mapping.map(Ssda903Files.fromDirectory(SampleReturns.folder("ssda903"), Optional.empty()),
                                       ChildHistory.NONE);
        MappedReturn xml = mapping.map(Ssda903Xml.fromFile(SampleReturns.folder("ssda903.xml"), Optional.empty()),
                                       ChildHistory.NONE);

        assertThat(xml.errors()).isEmpty();
        assertThat(lines(xml)).isEqualTo(SampleReturns.SSDA903_STREAMS);
        assertThat(events(xml)).isEqualTo(events(csv));
        assertThat(xml.rowsRead()).isEqualTo(csv.rowsRead());
        assertThat(xml.warnings()).extracting(RowError::column).isEqualTo(csv.warnings().stream().map(RowError::column).toList());
        assertThat(xml.warnings()).extracting(w -> w.file() + ":" + w.row()).containsExactly("ssda903.xml:36");
    }

    @Test
    void theXmlIsReadOneChildAtATimeSoEveryChildBeforeABreakIsRead() {
        String truncated = """
                <EXPSSDA903>
                  <CHILD><HEADER><CHILDID>T-1</CHILDID><DOB>01/02/2015</DOB></HEADER></CHILD>
                  <CHILD><HEADER><CHILDID>T-2</CHILDID><DOB>01/03/2015</DOB></HEADER></CHILD>
                  <CHILD><HEADER><CHILDID>T-3</CHI""";
        java.util.List<String> seen = new java.util.ArrayList<>();

        assertThatThrownBy(() -> XmlElement.stream(new java.io.ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)),
                "file", "EXPSSDA903", "CHILD", child -> seen.add(child.child("HEADER").orElseThrow().value("CHILDID"))))
                .isInstanceOfSatisfying(MalformedReturnException.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThat(seen).containsExactly("T-1", "T-2");
    }

    @Test
    void anXmlDocumentThatIsNotAnSsda903ReturnIsNotReadAtAll() {
        assertThatThrownBy(() -> mapping.map(Ssda903Xml.fromBytes("census.xml", "file",
                "<Message><Children/></Message>".getBytes(StandardCharsets.UTF_8), Optional.empty()), ChildHistory.NONE))
                .isInstanceOfSatisfying(MalformedReturnException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.reason()).contains("<EXPSSDA903>");
                });
    }

    private static Map<String, List<ChildCaseEvent>> events(MappedReturn mapped) {
        return mapped.children().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(ReturnEvent::event).toList()));
    }

    @Test
    void idsComeFromTheRowsSoThatTheSameReturnAlwaysGivesTheSameEvents() {
        MappedReturn mapped = mapping.map(Ssda903Files.fromDirectory(SampleReturns.folder("ssda903"), Optional.empty()),
                                          ChildHistory.NONE);

        assertThat(mapped.children().get("SSDA1001").stream().map(e -> e.event().eventId())).containsExactly(
                "ssda903:header:SSDA1001:2015-02-10",
                "ssda903:episode:SSDA1001:2024-05-08:became-looked-after",
                "ssda903:episode:SSDA1001:2024-05-08:placement-started",
                "ssda903:review:SSDA1001:2024-06-04",
                "ssda903:review:SSDA1001:2024-08-28",
                "ssda903:episode:SSDA1001:2024-09-16:placement-changed",
                "ssda903:review:SSDA1001:2025-03-12");
        assertThat(mapped.children().get("SSDA1004").stream().map(e -> e.event().eventId())).containsExactly(
                "ssda903:header:SSDA1004:2005-08-12", "ssda903:oc3:SSDA1004:former-relevant",
                "ssda903:oc3:SSDA1004:2024-25:contact");
    }

    @Test
    void importedEventsAreRecordedAtNoonOnTheDayTheyHappenedSoNeverCountAsRecordedLate() {
        MappedReturn mapped = mapping.map(Ssda903Files.fromDirectory(SampleReturns.folder("ssda903"), Optional.empty()),
                                          ChildHistory.NONE);

        ChildCaseEvent summerReview = mapped.children().get("SSDA1001").get(4).event();
        ChildCaseEvent winterReview = mapped.children().get("SSDA1001").get(6).event();
        assertThat(summerReview.recordedAt()).isEqualTo(Instant.parse("2024-08-28T11:00:00Z"));
        assertThat(winterReview.recordedAt()).isEqualTo(Instant.parse("2025-03-12T12:00:00Z"));
    }

    @Test
    void aPeriodOfCareAlreadyImportedFromAnEarlierYearIsNotOpenedAgain() {
        ChildHistory earlierYear = child -> List.of(new BecameLookedAfter(child, "ssda903:episode:" + child
                + ":2021-03-01:became-looked-after", LocalDate.of(2021, 3, 1), Instant.parse("2021-03-01T12:00:00Z"),
                "ssda903-import", "C1"));

        MappedReturn mapped = mapping.map(Ssda903Files.fromDirectory(SampleReturns.folder("ssda903"), Optional.empty()),
                                          earlierYear);

        assertThat(lines(mapped).get("SSDA1002")).containsExactly(
                "ChildDetailsRecorded 2012-07-21 dateOfBirth=2012-07-21",
                "LookedAfterReviewHeld 2024-05-10",
                "LookedAfterReviewHeld 2024-11-06",
                "HealthAssessmentCompleted 2025-03-31 kind=REVIEW",
                "DentalCheckCompleted 2025-03-31");
    }

    @Test
    void badRowsAreReportedWithFileRowAndColumnAndTheRestIsRead() {
        MappedReturn mapped = mapping.map(Ssda903Files.fromDirectory(SampleReturns.folder("ssda903-bad"), Optional.empty()),
                                          ChildHistory.NONE);

        assertThat(mapped.errors()).extracting(e -> e.file() + ":" + e.row() + " " + e.column()).containsExactly(
                "header.csv:3 DOB",
                "episodes.csv:3 DECOM",
                "episodes.csv:4 CHILD",
                "episodes.csv:5 PLACE",
                "reviews.csv:3 REVIEW",
                "reviews.csv:4 REVIEW_CODE");
        assertThat(lines(mapped).get("BAD2001")).containsExactly(
                "ChildDetailsRecorded 2013-09-14 dateOfBirth=2013-09-14",
                "BecameLookedAfter 2024-09-02 legalStatus=C2",
                "PlacementStarted 2024-09-02 longTerm=false placementType=U6",
                "LookedAfterReviewHeld 2024-09-30");
    }

    @Test
    void anEpisodeThatCannotFollowOnCostsItsRowAndTheChildsOtherEpisodesStand() {
        Ssda903Files files = files(Map.of(Ssda903File.EPISODES, """
                CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE
                C-1,01/05/2024,S,C2,U6,10/06/2024,X1,CARPL
                C-1,12/06/2024,P,C2,U4,,,
                C-2,01/05/2024,S,V2,U6,10/06/2024,E13,
                C-2,01/08/2024,P,V2,U4,,,
                """));

        MappedReturn mapped = mapping.map(files, ChildHistory.NONE);

        assertThat(mapped.errors()).extracting(e -> e.row() + " " + e.column() + " " + e.message()).containsExactly(
                "5 RNE must be S: the episode on row 4 ended the period of care (E13)");
        assertThat(mapped.warnings()).extracting(e -> e.row() + " " + e.column()).containsExactly("3 DECOM");
        assertThat(lines(mapped).get("C-1")).containsExactly(
                "BecameLookedAfter 2024-05-01 legalStatus=C2",
                "PlacementStarted 2024-05-01 longTerm=false placementType=U6",
                "PlacementChanged 2024-06-12 longTerm=true placementType=U4 reason=CARPL");
        assertThat(lines(mapped).get("C-2")).containsExactly(
                "BecameLookedAfter 2024-05-01 legalStatus=V2",
                "PlacementStarted 2024-05-01 longTerm=false placementType=U6",
                "CeasedToBeLookedAfter 2024-06-10 reason=E13");
    }

    @Test
    void aReasonCeasedWithNoCeasedDateLeavesTheEpisodeOpenAndIsAWarning() {
        Ssda903Files files = files(Map.of(Ssda903File.EPISODES, """
                CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE
                C-1,01/05/2024,S,C2,U6,,E13,
                """));

        MappedReturn mapped = mapping.map(files, ChildHistory.NONE);

        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.warnings()).extracting(e -> e.row() + " " + e.column()).containsExactly("2 REC");
        assertThat(lines(mapped).get("C-1")).containsExactly(
                "BecameLookedAfter 2024-05-01 legalStatus=C2",
                "PlacementStarted 2024-05-01 longTerm=false placementType=U6");
    }

    @Test
    void theCollectionYearIsTheOneMostDatesFallInAndADateMoreThanAYearBeyondItIsARowError() {
        Ssda903Files files = files(Map.of(Ssda903File.EPISODES, """
                CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE
                C-1,01/05/2021,S,C2,U6,,,
                C-2,01/06/2024,S,C2,U6,,,
                """, Ssda903File.REVIEWS, """
                CHILD,REVIEW
                C-1,03/06/2024
                C-1,03/12/2024
                C-2,20/06/2024
                C-2,20/06/2026
                """, Ssda903File.OC2, """
                CHILD,HEALTH_ASSESSMENT,TEETH_CHECK
                C-1,1,0
                """));

        MappedReturn mapped = mapping.map(files, ChildHistory.NONE);

        assertThat(mapped.year()).hasValueSatisfying(year -> {
            assertThat(year.year()).isEqualTo(new CollectionYear(2025));
            assertThat(year.reason()).contains("4 of 6 fall in 2024-25");
        });
        assertThat(mapped.errors()).extracting(e -> e.file() + ":" + e.row() + " " + e.column())
                                   .containsExactly("reviews.csv:5 REVIEW");
        assertThat(lines(mapped).get("C-1")).contains("HealthAssessmentCompleted 2025-03-31 kind=REVIEW");
    }

    @Test
    void missingEpisodesBecomeAStartAndAReturn() {
        Ssda903Files files = files(Map.of(Ssda903File.MISSING, """
                CHILD,MISSING,MIS_START,MIS_END
                C-1,M,03/06/2024,05/06/2024
                C-1,A,01/09/2024,
                """));

        MappedReturn mapped = mapping.map(files, ChildHistory.NONE);

        assertThat(lines(mapped).get("C-1")).containsExactly(
                "MissingEpisodeStarted 2024-06-03 absence=MISSING",
                "MissingEpisodeEnded 2024-06-05",
                "MissingEpisodeStarted 2024-09-01 absence=AWAY_WITHOUT_AUTHORISATION");
    }

    @Test
    void theOutcomeFilesNeedToKnowTheirYear() {
        Ssda903Files oc3Only = files(Map.of(Ssda903File.OC3, "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nC-3,01/01/2006,YES,F1,U1\n"));

        assertThatThrownBy(() -> mapping.map(oc3Only, ChildHistory.NONE))
                .isInstanceOfSatisfying(MalformedReturnException.class, e -> assertThat(e.field()).isEqualTo("year"));

        MappedReturn mapped = mapping.map(new Ssda903Files(oc3Only.contents(), Optional.of(CollectionYear.parse("2023-24"))),
                                          ChildHistory.NONE);
        assertThat(lines(mapped).get("C-3")).containsExactly(
                "BecameCareLeaver 2024-01-01 status=FORMER_RELEVANT",
                "CareLeaverContactMade 2024-01-01 accommodationSuitable=true accommodationType=U inTouch=true neet=false");
    }

    @Test
    void aFileWithoutTheDfeColumnsIsNotReadAtAll() {
        Ssda903Files files = files(Map.of(Ssda903File.EPISODES, "CHILD,START,PLACEMENT\nC-1,01/05/2024,U6\n"));

        assertThatThrownBy(() -> mapping.map(files, ChildHistory.NONE))
                .isInstanceOfSatisfying(MalformedReturnException.class, e -> {
                    assertThat(e.field()).isEqualTo("episodes");
                    assertThat(e.reason()).startsWith("has no column DECOM, RNE, LS, PLACE, DEC, REC, REASON_PLACE_CHANGE");
                });
    }

    @Test
    void aFileSavedWithAByteOrderMarkReadsItsFirstColumn() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] csv = "CHILD,DOB\r\nC-4,14/09/2013\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] header = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, header, 0, bom.length);
        System.arraycopy(csv, 0, header, bom.length, csv.length);

        MappedReturn mapped = mapping.map(Ssda903Files.fromParts(Map.of("header", header), Optional.empty()),
                                          ChildHistory.NONE);

        assertThat(mapped.errors()).isEmpty();
        assertThat(lines(mapped).get("C-4")).containsExactly("ChildDetailsRecorded 2013-09-14 dateOfBirth=2013-09-14");
    }

    @Test
    void aBadRowIsReportedAtTheLineItIsOnWhenAnEarlierRowSpansLines() {
        Ssda903Files files = files(Map.of(Ssda903File.REVIEWS, """
                CHILD,DOB,REVIEW,REVIEW_CODE,NOTES
                C-5,14/09/2013,30/09/2024,PN1,"Held at school,
                carer attended"

                C-5,14/09/2013,31/09/2024,PN1,
                """));

        MappedReturn mapped = mapping.map(files, ChildHistory.NONE);

        assertThat(mapped.errors()).extracting(e -> e.file() + ":" + e.row() + " " + e.column()).containsExactly(
                "reviews.csv:5 REVIEW");
        assertThat(mapped.children().get("C-5")).extracting(e -> e.source().toString()).containsExactly("reviews.csv:2");
    }

    @Test
    void aQuoteNeverClosedMeansTheFileIsNotReadAtAll() {
        Ssda903Files files = files(Map.of(Ssda903File.REVIEWS, "CHILD,REVIEW\nC-5,\"30/09/2024\nC-6,01/10/2024\n"));

        assertThatThrownBy(() -> mapping.map(files, ChildHistory.NONE))
                .isInstanceOfSatisfying(MalformedReturnException.class, e -> {
                    assertThat(e.field()).isEqualTo("reviews");
                    assertThat(e.reason()).isEqualTo("has a quoted field opened on line 2 that is never closed");
                });
    }

    private static Ssda903Files files(Map<Ssda903File, String> contents) {
        return new Ssda903Files(contents, Optional.empty());
    }

    static Map<String, List<String>> lines(MappedReturn mapped) {
        return mapped.children().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                child -> child.getValue().stream().map(e -> EventLines.of(e.event())).toList()));
    }
}
