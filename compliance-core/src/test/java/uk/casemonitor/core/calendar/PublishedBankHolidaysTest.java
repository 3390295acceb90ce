package uk.casemonitor.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the official list in gov.uk's bank-holidays.json shape as an override of the rule. */
class PublishedBankHolidaysTest {

    @Test
    void listedYearReplacesTheRuleEntirely() {
        BankHolidays holidays = load("""
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Made-up holiday", "date": "2030-07-15", "notes": "", "bunting": true}
                ]}}""");

        assertThat(holidays.inYear(2030)).containsExactly(new BankHoliday(LocalDate.of(2030, 7, 15), "Made-up holiday"));
        assertThat(holidays.isBankHoliday(LocalDate.of(2030, 12, 25))).isFalse();
        assertThat(holidays.publishedYears()).containsExactly(2030);
    }

    @Test
    void yearsNotListedFallBackToTheRule() {
        BankHolidays holidays = load("""
                {"england-and-wales": {"events": [{"title": "Made-up holiday", "date": "2030-07-15"}]}}""");

        assertThat(holidays.inYear(2029)).isEqualTo(BankHolidays.byRule().inYear(2029));
        assertThat(holidays.inYear(2031)).isEqualTo(BankHolidays.byRule().inYear(2031));
    }

    @Test
    void otherDivisionsAndUnknownFieldsAreIgnored() {
        BankHolidays holidays = load("""
                {
                  "generated": "2025-01-01T00:00:00Z",
                  "scotland": {"division": "scotland", "events": [
                    {"title": "St Andrew’s Day", "date": "2030-12-02", "notes": "Substitute day", "bunting": true}
                  ]},
                  "england-and-wales": {"division": "england-and-wales", "source": "gov.uk", "events": [
                    {"title": "Boxing Day", "date": "2030-12-26", "notes": "", "bunting": true, "colour": "red"},
                    {"title": "Christmas Day", "date": "2030-12-25", "notes": "", "bunting": true}
                  ]},
                  "northern-ireland": {"division": "northern-ireland", "events": "not our concern"}
                }""");

        assertThat(holidays.inYear(2030)).containsExactly(
                new BankHoliday(LocalDate.of(2030, 12, 25), "Christmas Day"),
                new BankHoliday(LocalDate.of(2030, 12, 26), "Boxing Day"));
        assertThat(holidays.isBankHoliday(LocalDate.of(2030, 12, 2))).isFalse();
    }

    @Test
    void loadsFromAFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bank-holidays.json");
        Files.writeString(file, """
                {"england-and-wales": {"events": [{"title": "Made-up holiday", "date": "2030-07-15"}]}}""");

        assertThat(BankHolidays.fromPublishedJson(file).isBankHoliday(LocalDate.of(2030, 7, 15))).isTrue();
    }

    @Test
    void missingFileIsAnIoProblemNamingTheFile(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere.json");

        assertThatThrownBy(() -> BankHolidays.fromPublishedJson(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void fileWithoutEnglandAndWalesIsRejected() {
        assertThatThrownBy(() -> load("""
                {"scotland": {"division": "scotland", "events": []}}"""))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("no \"england-and-wales\" division");
    }

    @Test
    void divisionWithoutEventsIsRejected() {
        assertThatThrownBy(() -> load("""
                {"england-and-wales": {"division": "england-and-wales", "events": {}}}"""))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("has no \"events\" array");
    }

    @Test
    void textThatIsNotJsonIsRejectedWithWhereItBroke() {
        assertThatThrownBy(() -> load("""
                {"england-and-wales": {"events": [
                  {"title": "Boxing Day", "date": "2030-12-26",}
                ]}}"""))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 2");
    }

    @Test
    void topLevelThatIsNotAnObjectIsRejected() {
        assertThatThrownBy(() -> load("[]"))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> load(""))
                .isInstanceOf(MalformedBankHolidaysException.class);
    }

    @Test
    void impossibleDateIsRejectedNamingTheEntry() {
        assertThatThrownBy(() -> load("""
                {"england-and-wales": {"events": [
                  {"title": "Christmas Day", "date": "2030-12-25"},
                  {"title": "Leap day that is not", "date": "2030-02-29"}
                ]}}"""))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("event #1")
                .hasMessageContaining("Leap day that is not")
                .hasMessageContaining("\"2030-02-29\", not a yyyy-MM-dd calendar date");
    }

    @Test
    void dateInAnotherFormatIsRejectedNamingTheEntry() {
        assertThatThrownBy(() -> load("""
                {"england-and-wales": {"events": [{"title": "Boxing Day", "date": "26/12/2030"}]}}"""))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("event #0")
                .hasMessageContaining("26/12/2030");
    }

    @Test
    void entryWithoutDateOrTitleIsRejectedNamingTheEntry() {
        assertThatThrownBy(() -> load("""
                {"england-and-wales": {"events": [{"title": "Boxing Day"}]}}"""))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("event #0 {\"title\":\"Boxing Day\"} has no \"date\" text");
        assertThatThrownBy(() -> load("""
                {"england-and-wales": {"events": [{"date": "2030-12-26"}]}}"""))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("has no \"title\" text");
        assertThatThrownBy(() -> load("""
                {"england-and-wales": {"events": ["2030-12-26"]}}"""))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("event #0 \"2030-12-26\" is not an object");
    }

    @Test
    void sameDateListedTwiceIsRejected() {
        assertThatThrownBy(() -> load("""
                {"england-and-wales": {"events": [
                  {"title": "Christmas Day", "date": "2030-12-25"},
                  {"title": "Christmas Day", "date": "2030-12-25"}
                ]}}"""))
                .isInstanceOf(MalformedBankHolidaysException.class)
                .hasMessageContaining("event #1")
                .hasMessageContaining("lists 2030-12-25 a second time");
    }

    private static BankHolidays load(String json) {
        return BankHolidays.fromPublishedJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
