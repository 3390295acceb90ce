package uk.casemonitor.app.imports;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.casemonitor.app.RunningApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import uk.casemonitor.imports.returns.Ssda903File;
import uk.casemonitor.imports.returns.SampleReturns;

/**
 * The official measures, recomputed from the imported sample returns, against a hand count made
 * with the England and Wales calendar (bank holidays on 6 and 27 May 2024), as at 31 March 2025.
 */
class KpisAfterImportTest {

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void importTheSamples() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()));
        ImportApi api = new ImportApi(app);
        Multipart ssda903 = new Multipart();
        for (Ssda903File file : Ssda903File.values()) {
            Path path = SampleReturns.folder("ssda903").resolve(file.fileName());
            if (path.toFile().exists()) {
                ssda903.file(file.part(), file.fileName(), SampleReturns.bytes("ssda903/" + file.fileName()));
            }
        }
        assertThat(api.upload("/api/admin/imports/ssda903", ssda903).statusCode()).isEqualTo(201);
        assertThat(api.post("/api/admin/imports/cin-census", "application/xml", SampleReturns.bytes("cin-census.xml"))
                      .statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> kpi("lac-review").get("denominator").asLong() == 6
                && kpi("icpc").get("denominator").asLong() == 2);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void icpcsWithinFifteenWorkingDaysOfTheStrategyDiscussionAreOneOfTwo() {
        // CIN2001: S47 Tue 9 April 2024, due Tue 30 April, held 29 April. CIN2002: S47 Wed 5 June, due Wed 26 June, held 10 July.
        assertThat(counts("icpc")).containsExactly(1, 2);
    }

    @Test
    void lookedAfterReviewsInTimescaleAreFourOfSix() {
        // SSDA1001 (looked after from Wed 8 May 2024): first due Thu 6 June, held 4 June; second due 4 September,
        //   held 28 August; third due 28 February 2025, held 12 March: late.
        // SSDA1002 (in care before the year): the review of 10 May 2024 opens the second, due 10 August, held 6 November: late.
        // SSDA1003 (from Mon 15 April 2024): first due Tue 14 May, held 8 May; second due 8 August, held 7 August.
        assertThat(counts("lac-review")).containsExactly(4, 6);
    }

    @Test
    void assessmentsWithinFortyFiveWorkingDaysOfTheReferralAreThreeOfThree() {
        // CIN2001 referral 8 April, due 12 June, done 20 May; CIN2002 referral 3 June, due 5 August, done 30 July;
        // CIN2003 referral 20 January 2025, done 14 February.
        assertThat(counts("assessment")).containsExactly(3, 3);
    }

    private static long[] counts(String id) {
        JsonNode kpi = kpi(id);
        return new long[] {kpi.get("numerator").asLong(), kpi.get("denominator").asLong()};
    }

    private static JsonNode kpi(String id) {
        for (JsonNode kpi : ImportApi.JSON.readTree(app.get("/api/kpis?asOf=2025-03-31").body()).get("kpis")) {
            if (kpi.get("id").asString().equals(id)) {
                return kpi;
            }
        }
        throw new AssertionError(id);
    }
}
