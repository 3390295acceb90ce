package uk.casemonitor.app.imports;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casemonitor.app.imports.ImportApi.assertProblem;
import static uk.casemonitor.app.imports.ImportApi.report;
import uk.casemonitor.imports.returns.Ssda903File;
import uk.casemonitor.imports.returns.SampleReturns;

/**
 * The administrators' upload of statutory returns, end to end on the running application: files
 * in, each child's stream read back out through the event API.
 */
class ReturnsUploadTest {

    @TempDir
    static Path dataDir;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static RunningApp app;
    private static ImportApi api;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()));
        api = new ImportApi(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Nested
    class Ssda903 {

        private static final String UPLOAD = "/api/admin/imports/ssda903";

        @Test
        void theSampleReturnBecomesExactlyTheExpectedHistoryOfEachChild() {
            JsonNode report = report(api.upload(UPLOAD, upload("ssda903")));

            assertThat(report.get("format").asString()).isEqualTo("SSDA903");
            assertThat(report.get("rowsRead").asInt()).isEqualTo(21);
            assertThat(report.get("eventsStored").asInt() + report.get("alreadyRecorded").asInt())
                    .isEqualTo(SampleReturns.SSDA903_EVENTS);
            assertThat(report.get("childrenRecorded").asInt()).isEqualTo(5);
            assertThat(report.get("errors")).isEmpty();
            assertThat(report.get("refusedChildren")).isEmpty();
            SampleReturns.SSDA903_STREAMS.forEach((child, expected) -> assertThat(api.stream(child)).as(child)
                                                                                    .isEqualTo(expected));
            JsonNode firstPlacement = api.streamJson("SSDA1001").get("events").get(2);
            assertThat(firstPlacement.get("eventId").asString()).isEqualTo("ssda903:episode:SSDA1001:2024-05-08:placement-started");
            assertThat(firstPlacement.get("recordedAt").asString()).isEqualTo("2024-05-08T11:00:00Z");
            assertThat(firstPlacement.get("recordedBy").asString()).isEqualTo("ssda903-import");
        }

        @Test
        void importingTheSameReturnAgainStoresNothing() {
            api.upload(UPLOAD, upload("ssda903"));

            var again = api.upload(UPLOAD, upload("ssda903"));

            assertThat(again.statusCode()).isEqualTo(200);
            JsonNode report = report(again);
            assertThat(report.get("eventsStored").asInt()).isZero();
            assertThat(report.get("alreadyRecorded").asInt()).isEqualTo(SampleReturns.SSDA903_EVENTS);
            assertThat(report.get("errors")).isEmpty();
            assertThat(report.get("refusedChildren")).isEmpty();
            SampleReturns.SSDA903_STREAMS.forEach((child, expected) -> assertThat(api.stream(child)).isEqualTo(expected));
        }

        @Test
        void eachBadRowIsReportedByFileRowAndColumnAndTheRestIsImported() {
            JsonNode report = report(api.upload(UPLOAD, upload("ssda903-bad")));

            List<String> errors = new ArrayList<>();
            report.get("errors").forEach(e -> errors.add(
                    e.get("file").asString() + ":" + e.get("row").asInt() + " " + e.get("column").asString()));
            assertThat(errors).containsExactly(
                    "header.csv:3 DOB",           // 31/02/2014
                    "episodes.csv:3 DECOM",       // 2024-13-01
                    "episodes.csv:4 CHILD",       // missing
                    "episodes.csv:5 PLACE",       // Q9
                    "reviews.csv:3 REVIEW",       // 31/09/2024
                    "reviews.csv:4 REVIEW_CODE",  // PN9
                    "reviews.csv:5 REVIEW");      // no period of care to hold it
            assertThat(api.stream("BAD2001")).containsExactly(
                    "ChildDetailsRecorded 2013-09-14 dateOfBirth=2013-09-14",
                    "BecameLookedAfter 2024-09-02 legalStatus=C2",
                    "PlacementStarted 2024-09-02 longTerm=false placementType=U6",
                    "LookedAfterReviewHeld 2024-09-30");
            assertThat(api.status("/api/children/BAD2002/events")).isEqualTo(404);

            // BAD2003's only episode was invalid: the review costs its own row, not the child's header,
            // and is kept as a data-quality finding.
            assertThat(report.get("refusedChildren")).isEmpty();
            assertThat(report.get("errors").get(6).get("message").asString()).isEqualTo(
                    "LookedAfterReviewHeld on 2024-11-04 needs a period of being looked after covering that date: "
                    + "kept as a data-quality finding (return-fact-unplaced), not as the fact itself");
            assertThat(api.stream("BAD2003")).first().isEqualTo("ChildDetailsRecorded 2012-05-05 dateOfBirth=2012-05-05");
            assertThat(report.get("childrenRecorded").asInt()).isEqualTo(2);
            await().untilAsserted(() -> {
                JsonNode findings = JSON.readTree(app.get("/api/data-quality?check=return-fact-unplaced").body())
                                        .get("findings");
                assertThat(findings).anySatisfy(finding -> {
                    assertThat(finding.toString()).contains("BAD2003").contains("reviews.csv:5");
                });
            });
        }

        @Test
        void aDryRunGivesTheFullReportAndStoresNothing() {
            Multipart episodes = new Multipart().file("episodes", "episodes.csv", ("""
                    CHILD,DECOM,RNE,LS,PLACE,DEC,REC,REASON_PLACE_CHANGE
                    DRY3001,01/05/2024,S,C2,U6,,E13,
                    DRY3002,01/05/2024,S,C2,Q9,,,
                    """).getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> dryRun = api.upload(UPLOAD + "?validateOnly=true", episodes);

            assertThat(dryRun.statusCode()).isEqualTo(200);
            JsonNode report = report(dryRun);
            assertThat(report.get("validateOnly").asBoolean()).isTrue();
            assertThat(report.get("eventsStored").asInt()).isEqualTo(2);
            assertThat(report.get("errors")).hasSize(1);
            assertThat(report.get("warnings")).hasSize(1);
            assertThat(api.status("/api/children/DRY3001/events")).isEqualTo(404);
            assertProblem(api.upload(UPLOAD + "?validateOnly=perhaps", episodes), 400, "validateOnly");
        }

        @Test
        void theXmlExportImportsLikeTheCsvFiles() {
            byte[] xml = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <EXPSSDA903>
                      <CHILD>
                        <HEADER><CHILDID>XML4001</CHILDID><DOB>10/02/2015</DOB>
                          <AREVIEW><REVIEW>04/06/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
                          <AMISSING><MISSING>M</MISSING><MIS_START>10/07/2024</MIS_START><MIS_END>12/07/2024</MIS_END></AMISSING>
                        </HEADER>
                        <EPISODE><DECOM>08/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><PL>U6</PL></EPISODE>
                      </CHILD>
                    </EXPSSDA903>
                    """.getBytes(StandardCharsets.UTF_8);

            JsonNode report = report(api.upload(UPLOAD, new Multipart().file("file", "return.xml", xml)));

            assertThat(report.get("errors")).isEmpty();
            assertThat(report.get("collectionYear").asString()).isEqualTo("2024-25");
            assertThat(api.stream("XML4001")).containsExactly(
                    "ChildDetailsRecorded 2015-02-10 dateOfBirth=2015-02-10",
                    "BecameLookedAfter 2024-05-08 legalStatus=C2",
                    "PlacementStarted 2024-05-08 longTerm=false placementType=U6",
                    "LookedAfterReviewHeld 2024-06-04",
                    "MissingEpisodeStarted 2024-07-10 absence=MISSING",
                    "MissingEpisodeEnded 2024-07-12");
            assertProblem(api.upload(UPLOAD, new Multipart().file("file", "return.xml", "<Message/>".getBytes(
                    StandardCharsets.UTF_8))), 400, "file");

            // The child came back on 12 July: the return-home interview is owed within 72 hours, and is
            // recorded through the event API like any practice.
            HttpResponse<String> offered = app.postJson("/api/children/XML4001/events", """
                    {"type":"ReturnHomeInterviewOffered","eventId":"rhi-1","occurredAt":"2024-07-15","recordedBy":"sw"}""");
            assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
            JsonNode obligations = JSON.readTree(app.get("/api/children/XML4001/compliance?asOf=2024-08-01").body())
                                       .get("obligations");
            assertThat(obligations).anySatisfy(obligation -> {
                assertThat(obligation.get("rule").asString()).isEqualTo("return-home-interview");
                assertThat(obligation.get("dueOn").asString()).isEqualTo("2024-07-15");
                assertThat(obligation.get("state").asString()).isEqualTo("MET_ON_TIME");
            });
        }

        @Test
        void anUploadThatIsNotAnSsda903ReturnIsA400ProblemNamingThePart() {
            assertProblem(api.upload(UPLOAD, new Multipart().file("episode", "episode.csv", sample("ssda903/episodes.csv"))),
                          400, "episode");
            assertProblem(api.upload(UPLOAD, new Multipart().file("episodes", "episodes.csv",
                    "CHILD,START,PLACEMENT\nC-1,01/05/2024,U6\n".getBytes(StandardCharsets.UTF_8))), 400, "episodes");
            assertProblem(api.upload(UPLOAD, new Multipart().field("year", "2025")), 400, "files");
            assertProblem(api.upload(UPLOAD, upload("ssda903").field("year", "last year")), 400, "year");
            assertProblem(api.post(UPLOAD, "multipart/form-data", "not multipart".getBytes(StandardCharsets.UTF_8)),
                          400, "body");
            assertThat(api.post(UPLOAD, "text/csv", sample("ssda903/episodes.csv")).statusCode()).isEqualTo(415);
        }

        private static Multipart upload(String folder) {
            Multipart multipart = new Multipart();
            for (Ssda903File file : Ssda903File.values()) {
                Path path = SampleReturns.folder(folder).resolve(file.fileName());
                if (path.toFile().exists()) {
                    multipart.file(file.part(), file.fileName(), sample(folder + "/" + file.fileName()));
                }
            }
            return multipart;
        }

        private static byte[] sample(String name) {
            return SampleReturns.bytes(name);
        }
    }

    @Nested
    class CinCensus {

        private static final String UPLOAD = "/api/admin/imports/cin-census";

        @Test
        void theSampleCensusBecomesExactlyTheExpectedHistoryOfEachChild() {
            JsonNode report = report(api.upload(UPLOAD, new Multipart().file("file", "cin-census.xml", census())));

            assertThat(report.get("format").asString()).isEqualTo("CIN census");
            assertThat(report.get("rowsRead").asInt()).isEqualTo(3);
            assertThat(report.get("eventsStored").asInt() + report.get("alreadyRecorded").asInt())
                    .isEqualTo(SampleReturns.CIN_CENSUS_EVENTS);
            assertThat(report.get("childrenRecorded").asInt()).isEqualTo(3);
            assertThat(report.get("errors")).isEmpty();
            assertThat(report.get("refusedChildren")).isEmpty();
            SampleReturns.CIN_CENSUS_STREAMS.forEach((child, expected) -> assertThat(api.stream(child)).as(child)
                                                                                       .isEqualTo(expected));
        }

        @Test
        void theCensusCanBeSentAsAnXmlBodyAndSendingItAgainStoresNothing() {
            api.post(UPLOAD, "application/xml", census());

            HttpResponse<String> again = api.post(UPLOAD, "application/xml", census());

            assertThat(again.statusCode()).isEqualTo(200);
            JsonNode report = report(again);
            assertThat(report.get("eventsStored").asInt()).isZero();
            assertThat(report.get("alreadyRecorded").asInt()).isEqualTo(SampleReturns.CIN_CENSUS_EVENTS);
            SampleReturns.CIN_CENSUS_STREAMS.forEach((child, expected) -> assertThat(api.stream(child)).isEqualTo(expected));
        }

        @Test
        void anUploadThatIsNotACinCensusIsA400ProblemNamingThePart() {
            assertProblem(api.post(UPLOAD, "application/xml", "<Message><Children>".getBytes(StandardCharsets.UTF_8)),
                          400, "body");
            assertProblem(api.post(UPLOAD, "text/xml", new byte[0]), 400, "body");
            assertProblem(api.upload(UPLOAD, new Multipart().file("file", "census.xml",
                    "<School><Pupils/></School>".getBytes(StandardCharsets.UTF_8))), 400, "file");
            assertProblem(api.upload(UPLOAD, new Multipart().file("census", "census.xml", census())), 400, "census");
            assertProblem(api.upload(UPLOAD, new Multipart().field("note", "no file")), 400, "file");
        }

        private static byte[] census() {
            return SampleReturns.bytes("cin-census.xml");
        }
    }
}
