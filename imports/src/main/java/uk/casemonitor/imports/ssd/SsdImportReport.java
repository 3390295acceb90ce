package uk.casemonitor.imports.ssd;

import java.util.List;
import java.util.Map;

/**
 * What one night's SSD import did.
 *
 * @param backfill         the first import: history is stamped as recorded on its own dates, as for the
 *                         statutory returns; on later nights what is new is stamped as recorded tonight
 * @param rowsRead         rows read per table present
 * @param absentTables     tables the extract does not have: nothing of them is imported or retracted
 * @param unreadableTables tables present but not as the SSD specifies them (a column missing)
 * @param ignoredTables    tables present that the monitor does not map, each with why (uploaded parts named
 *                         after no SSD table too): expected every night, so the import is still complete
 * @param eventsStored     events newly stored (corrections and retractions included)
 * @param alreadyRecorded  events sent that the monitor already had
 * @param rowsUnchanged    rows that give the same events as last night, so sent nothing
 * @param corrections      corrections recorded: a row changed, or came back after it vanished
 * @param retractions      retractions recorded: a row vanished, or no longer gives an event
 * @param retractionsOfRowsGone of those, the events of rows no longer in the extract; the rest are of rows
 *                         still there that changed so as no longer to give the event (an allocation that
 *                         turned out to be passed on the day it was made, say), or to give it for another child
 * @param problems         rows (or parts of rows) left out, each with its table, row id and column
 * @param refusedChildren  children whose events the case history refused: nothing of theirs from tonight stored
 * @param refusal          why the whole night was refused, or null
 * @param vanishedTables   the tables that lost more rows than the safety allows, when refused
 */
public record SsdImportReport(String source, boolean backfill, Map<String, Integer> rowsRead, List<String> absentTables,
                              List<UnreadableTable> unreadableTables, List<IgnoredTable> ignoredTables, int eventsStored,
                              int alreadyRecorded, int rowsUnchanged, int corrections, int retractions,
                              int retractionsOfRowsGone, List<SsdRowProblem> problems,
                              List<RefusedChild> refusedChildren, String refusal, List<VanishedTable> vanishedTables) {

    public record UnreadableTable(String table, String reason) {
    }

    public record IgnoredTable(String table, String reason) {
    }

    public record RefusedChild(String childId, String reason) {
    }

    /** @param rowsBefore rows of the table imported and not vanished before tonight */
    public record VanishedTable(String table, int rowsBefore, int vanished) {
    }

    public SsdImportReport {
        rowsRead = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsRead));
        absentTables = List.copyOf(absentTables);
        unreadableTables = List.copyOf(unreadableTables);
        ignoredTables = List.copyOf(ignoredTables);
        problems = List.copyOf(problems);
        refusedChildren = List.copyOf(refusedChildren);
        vanishedTables = List.copyOf(vanishedTables);
    }

    /**
     * Everything in the extract that the monitor maps was imported: no table absent or unreadable, no
     * row or child left out. The tables it does not map are left out every night, by design.
     */
    public boolean complete() {
        return refusal == null && absentTables.isEmpty() && unreadableTables.isEmpty() && problems.isEmpty()
                && refusedChildren.isEmpty();
    }
}
