package uk.casemonitor.app.returns;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.casemonitor.app.RunningApp;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.app.returns.ImportApi.assertProblem;
import static uk.casemonitor.app.returns.ImportApi.report;

/** The CIN census upload, end to end: XML in, each child's stream out through the event API. */
class CinCensusImportTest {

    private static final String UPLOAD = "/api/admin/imports/cin-census";

    @TempDir
    static Path dataDir;

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
