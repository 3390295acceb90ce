package uk.casemonitor.imports.returns;

import uk.casemonitor.imports.InMemoryCaseHistory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The CIN census importer, like the SSDA903's: a fact the child's history refuses costs its block, not the child. */
class CinCensusIsolationTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    /**
     * A second child protection plan starting while the first is still open cannot be recorded (the
     * case refuses overlapping plans); the referral, assessment, first plan and closure still are,
     * and so is the review conference, a row of its own held while a plan was open.
     */
    private static final String CENSUS = """
            <Message><Children><Child>
              <ChildIdentifiers><LAchildID>CIN5001</LAchildID><PersonBirthDate>2015-03-02</PersonBirthDate></ChildIdentifiers>
              <CINdetails>
                <CINreferralDate>2024-05-01</CINreferralDate>
                <ReferralSource>1A</ReferralSource>
                <CINclosureDate>2025-02-28</CINclosureDate>
                <ReasonForClosure>RC1</ReasonForClosure>
                <Assessments>
                  <AssessmentActualStartDate>2024-05-02</AssessmentActualStartDate>
                  <AssessmentAuthorisationDate>2024-06-10</AssessmentAuthorisationDate>
                </Assessments>
                <ChildProtectionPlans>
                  <CPPstartDate>2024-06-20</CPPstartDate>
                  <CPPendDate>2025-01-10</CPPendDate>
                  <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                </ChildProtectionPlans>
                <ChildProtectionPlans>
                  <CPPstartDate>2024-09-01</CPPstartDate>
                  <InitialCategoryOfAbuse>EMO</InitialCategoryOfAbuse>
                  <Reviews><CPPreviewDate>2024-11-20</CPPreviewDate></Reviews>
                </ChildProtectionPlans>
              </CINdetails>
            </Child></Children></Message>
            """;

    @Test
    void anOverlappingPlanIsReportedByItsLineAndTheRestOfTheChildIsRecorded() {
        InMemoryCaseHistory store = new InMemoryCaseHistory();

        ImportReport report = new StatutoryReturnImporter(store, TODAY).importCinCensus("census.xml",
                new ByteArrayInputStream(CENSUS.getBytes(StandardCharsets.UTF_8)), "file", false);

        assertThat(report.refusedChildren()).isEmpty();
        assertThat(report.childrenRecorded()).isEqualTo(1);
        assertThat(report.errors()).extracting(e -> e.file() + ":" + e.row()).containsExactly("census.xml:18");
        assertThat(report.errors().get(0).message()).contains("ChildProtectionPlanStarted on 2024-09-01 overlaps");
        assertThat(store.childEvents("CIN5001")).extracting(e -> EventLines.of(e)).containsExactly(
                "ChildDetailsRecorded 2015-03-02 dateOfBirth=2015-03-02",
                "ReferralReceived 2024-05-01 source=1A",
                "ReferralDecisionMade 2024-05-01 decision=ASSESSMENT",
                "AssessmentStarted 2024-05-02",
                "AssessmentCompleted 2024-06-10",
                "ChildProtectionPlanStarted 2024-06-20 category=NEGLECT",
                "ReviewChildProtectionConferenceHeld 2024-11-20 childProtectionPlanContinues=true",
                "ChildProtectionPlanEnded 2025-01-10",
                "CaseClosed 2025-02-28 reason=RC1");
    }
}
