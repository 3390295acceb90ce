package uk.casemonitor.projections.drilldown;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.rules.KpiStyle;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DrillDownCsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndEmptyValuesLeftEmpty() {
        DrillDownRow row = new DrillDownRow("CHILD", "C-1", null, "sw.one", true, true, "seen, not alone: \"no\"",
                LocalDate.parse("2024-05-01"), 3L, null, "line one\nline two", "cp-visit/v1");
        KpiDrillDown drillDown = new KpiDrillDown("cp-visit", "label", KpiStyle.IN_DATE, "CHILD", true, 0.9,
                LocalDate.parse("2024-05-04"), null, null, 0, 1, 1, List.of(row));
        assertThat(DrillDownCsv.write(drillDown)).isEqualTo(
                "subjectKind,subjectId,teamId,workerId,counted,failing,reason,dueOn,daysLate,lastEventOn,detail,ref\r\n"
                + "CHILD,C-1,,sw.one,true,true,\"seen, not alone: \"\"no\"\"\",2024-05-01,3,,\"line one\nline two\",cp-visit/v1\r\n");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(DrillDownCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DrillDownCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(DrillDownCsv.cell("-1")).isEqualTo("'-1");
        assertThat(DrillDownCsv.cell(3L)).isEqualTo("3");
    }
}
