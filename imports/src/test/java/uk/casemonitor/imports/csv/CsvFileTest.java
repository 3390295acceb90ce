package uk.casemonitor.imports.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How an extract's CSV is read: the files come from case-management exports and from people
 * fixing them by hand in a spreadsheet, so quoting, line endings and blank lines vary. Errors name
 * the line a person sees when they open the file.
 */
class CsvFileTest {

    private static final List<String> HEADER_COLUMNS = List.of("CHILD", "DOB");

    @Test
    void quotedCommasAndLineBreaksStayInTheirFieldAndLaterRowsKeepTheLineTheyAreOn() {
        CsvFile file = header("""
                CHILD,SEX,NOTES,DOB,ETHNIC
                C-1,1,"Moved to kinship carer, aunt",14/09/2013,WBRI
                C-2,2,"Placed out of area;
                returned 03/2024, see case note",21/07/2012,WBRI
                C-3,1,,05/05/2012,WBRI
                """);

        assertThat(file.rows()).extracting(CsvFile.Row::line).containsExactly(2, 3, 5);
        assertThat(file.rows().get(0).value("NOTES")).isEqualTo("Moved to kinship carer, aunt");
        assertThat(file.rows().get(0).value("DOB")).isEqualTo("14/09/2013");
        assertThat(file.rows().get(1).value("NOTES")).isEqualTo("Placed out of area;\nreturned 03/2024, see case note");
        assertThat(file.rows().get(1).value("DOB")).isEqualTo("21/07/2012");
    }

    @Test
    void doubledQuotesAreQuotesAndTextAfterAClosingQuoteIsKept() {
        CsvFile file = header("CHILD,DOB,NOTES,HOME_POST\n"
                              + "C-1,14/09/2013,\"Says \"\"call me Jo\"\"\",\"AB1 2CD\" (old)\n");

        assertThat(file.rows().get(0).value("NOTES")).isEqualTo("Says \"call me Jo\"");
        assertThat(file.rows().get(0).value("HOME_POST")).isEqualTo("AB1 2CD (old)");
    }

    /** RFC 4180 quotes whole fields only; the hand-written reader took such a quote as opening one. */
    @Test
    void aQuoteInsideAnUnquotedFieldIsPartOfTheValue() {
        CsvFile file = header("CHILD,DOB,NOTES\nC-1,14/09/2013,Height 4'2\" at review\nC-2,21/07/2012,\n");

        assertThat(file.rows()).extracting(CsvFile.Row::line).containsExactly(2, 3);
        assertThat(file.rows().get(0).value("NOTES")).isEqualTo("Height 4'2\" at review");
    }

    @Test
    void columnsAreFoundByNameWhateverTheirCaseSpacingOrOrder() {
        CsvFile file = header(" dob , Child ,Sex\n14/09/2013,C-1,1\n");

        assertThat(file.hasColumn("CHILD")).isTrue();
        assertThat(file.hasColumn("SEX")).isTrue();
        assertThat(file.hasColumn("UPN")).isFalse();
        assertThat(file.rows().get(0).value("CHILD")).isEqualTo("C-1");
        assertThat(file.rows().get(0).value("DOB")).isEqualTo("14/09/2013");
    }

    @Test
    void valuesAreTrimmedQuotedOrNot() {
        CsvFile file = header("CHILD,DOB,SEX\n  C-1 ,\" 14/09/2013 \" , \"1\"\n");

        assertThat(file.rows().get(0).value("CHILD")).isEqualTo("C-1");
        assertThat(file.rows().get(0).value("DOB")).isEqualTo("14/09/2013");
        assertThat(file.rows().get(0).value("SEX")).isEqualTo("1");
    }

    @Test
    void blankLinesAnywhereAreSkippedButStillCountAsLines() {
        CsvFile file = header("\r\nCHILD,DOB\r\nC-1,14/09/2013\r\n\r\n,,\r\n   \r\n\"\",\r\nC-2,21/07/2012\r\n\r\n\r\n");

        assertThat(file.rows()).extracting(CsvFile.Row::line).containsExactly(3, 8);
        assertThat(file.rows()).extracting(row -> row.value("CHILD")).containsExactly("C-1", "C-2");
    }

    @Test
    void anyLineEndingEndsARecordAndTheLastLineNeedsNone() {
        CsvFile file = header("CHILD,DOB\rC-1,14/09/2013\nC-2,21/07/2012\r\nC-3,05/05/2012");

        assertThat(file.rows()).extracting(CsvFile.Row::line).containsExactly(2, 3, 4);
        assertThat(file.rows().get(2).value("DOB")).isEqualTo("05/05/2012");
    }

    @Test
    void aShortRowReadsItsMissingColumnsAsEmptyAndALongRowsExtraFieldsAreIgnored() {
        CsvFile file = header("CHILD,DOB,SEX\nC-1\nC-2,21/07/2012,2,WBRI,extra\n");

        assertThat(file.rows().get(0).value("CHILD")).isEqualTo("C-1");
        assertThat(file.rows().get(0).value("DOB")).isEmpty();
        assertThat(file.rows().get(0).value("SEX")).isEmpty();
        assertThat(file.rows().get(1).value("SEX")).isEqualTo("2");
        assertThat(file.rows().get(1).value("NOT_A_COLUMN")).isEmpty();
    }

    @Test
    void aQuoteThatIsNeverClosedIsReportedAtTheLineItsRowStarts() {
        String text = """
                CHILD,DOB,NOTES
                C-1,14/09/2013,fine
                C-2,21/07/2012,"Placed out of area
                C-3,05/05/2012,never read
                """;

        assertThatThrownBy(() -> header(text)).isInstanceOfSatisfying(MalformedCsvException.class, e -> {
            assertThat(e.source()).isEqualTo("header");
            assertThat(e.reason()).isEqualTo("has a quoted field opened on line 3 that is never closed");
        });
    }

    @Test
    void aFileWithNothingButBlankLinesIsEmpty() {
        assertThatThrownBy(() -> header("\n  \n,,\n")).isInstanceOfSatisfying(MalformedCsvException.class, e ->
                assertThat(e.reason()).isEqualTo("is empty: expected a header line with the columns CHILD, DOB"));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsOrNamingOneTwiceIsRefused() {
        assertThatThrownBy(() -> header("CHILD,SEX\nC-1,1\n")).isInstanceOfSatisfying(MalformedCsvException.class,
                e -> assertThat(e.reason()).isEqualTo("has no column DOB (found CHILD, SEX)"));
        assertThatThrownBy(() -> header("CHILD,DOB,child\n")).isInstanceOfSatisfying(MalformedCsvException.class,
                e -> assertThat(e.reason()).isEqualTo("names a column twice: CHILD, DOB, CHILD"));
    }

    @Test
    void aFileWithOnlyAHeaderHasNoRows() {
        CsvFile file = header("CHILD,DOB\n");

        assertThat(file.name()).isEqualTo("header.csv");
        assertThat(file.rows()).isEmpty();
    }

    private static CsvFile header(String text) {
        return CsvFile.parse("header.csv", "header", text, HEADER_COLUMNS);
    }
}
