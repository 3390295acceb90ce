package uk.casemonitor.imports.returns;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the CIN census XML becomes each child's events, without the application. */
class CinCensusMappingTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final CinCensusMapping mapping = new CinCensusMapping(new ImportedRecordingTime(TODAY));

    @Test
    void theSampleCensusGivesEachChildTheirHistoryInOrder() {
        MappedReturn mapped = map(new String(SampleReturns.bytes("cin-census.xml"), StandardCharsets.UTF_8));

        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.rowsRead()).isEqualTo(3);
        assertThat(Ssda903MappingTest.lines(mapped)).isEqualTo(SampleReturns.CIN_CENSUS_STREAMS);
    }

    @Test
    void theStrategyDiscussionIsDatedOnTheSection47StartBecauseTheCensusHasNoDateForIt() {
        MappedReturn mapped = map(new String(SampleReturns.bytes("cin-census.xml"), StandardCharsets.UTF_8));

        assertThat(mapped.children().get("CIN2002")).filteredOn(e -> e.event().eventId().contains(":s47:"))
                .extracting(e -> e.event().eventId() + " " + e.event().occurredAt()).containsExactly(
                        "cin:s47:CIN2002:2024-06-05:strategy-discussion 2024-06-05",
                        "cin:s47:CIN2002:2024-06-05:started 2024-06-05");
    }

    @Test
    void aBadValueSkipsOnlyTheBlockHoldingItAndIsReportedWithItsLineAndElement() {
        MappedReturn mapped = map("""
                <Message>
                  <Children>
                    <Child>
                      <ChildIdentifiers>
                        <LAchildID>C-9</LAchildID>
                        <PersonBirthDate>2015-02-30</PersonBirthDate>
                      </ChildIdentifiers>
                      <CINdetails>
                        <CINreferralDate>2024-05-01</CINreferralDate>
                        <ReferralSource>2A</ReferralSource>
                        <Assessments>
                          <AssessmentActualStartDate>2024-05-02</AssessmentActualStartDate>
                          <AssessmentAuthorisationDate>2024-04-02</AssessmentAuthorisationDate>
                        </Assessments>
                        <ChildProtectionPlans>
                          <CPPstartDate>2024-06-01</CPPstartDate>
                          <InitialCategoryOfAbuse>BAD</InitialCategoryOfAbuse>
                        </ChildProtectionPlans>
                      </CINdetails>
                      <CINdetails>
                        <CINreferralDate>01/13/2024</CINreferralDate>
                      </CINdetails>
                    </Child>
                    <Child>
                      <ChildIdentifiers><PersonBirthDate>2015-02-03</PersonBirthDate></ChildIdentifiers>
                    </Child>
                  </Children>
                </Message>
                """);

        assertThat(mapped.errors()).extracting(e -> e.row() + " " + e.column()).containsExactly(
                "6 PersonBirthDate",
                "13 AssessmentAuthorisationDate",
                "17 InitialCategoryOfAbuse",
                "21 CINreferralDate",
                "25 LAchildID");
        assertThat(Ssda903MappingTest.lines(mapped).get("C-9")).containsExactly(
                "ReferralReceived 2024-05-01 source=2A");
        assertThat(mapped.rowsRead()).isEqualTo(2);
    }

    @Test
    void aDocumentThatIsNotACinCensusIsNotReadAtAll() {
        assertThatThrownBy(() -> map("<Message><Children><Child>"))
                .isInstanceOfSatisfying(MalformedReturnException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.reason()).startsWith("is not well-formed XML");
                });
        assertThatThrownBy(() -> map("<Return><Pupils/></Return>"))
                .isInstanceOfSatisfying(MalformedReturnException.class,
                        e -> assertThat(e.reason()).contains("is not a CIN census"));
    }

    @Test
    void externalEntitiesAreNeverRead() {
        assertThatThrownBy(() -> map("""
                <?xml version="1.0"?>
                <!DOCTYPE Message [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Message><Children><Child><ChildIdentifiers><LAchildID>&secret;</LAchildID></ChildIdentifiers></Child></Children></Message>
                """)).isInstanceOf(MalformedReturnException.class);
    }

    private MappedReturn map(String xml) {
        return mapping.map("census.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "file");
    }
}
