package uk.casemonitor.imports.ssd;

import uk.casemonitor.imports.ssd.SsdImportReport.IgnoredTable;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Why the tables of an extract that the monitor does not map are left out, one line each, for the
 * import report: an authority's SSD holds about 45 {@code ssd_*} tables and the monitor reads the
 * {@link SsdTable}s only. Whatever is in {@link SsdTable} is mapped, whatever this says of it.
 */
final class SsdTablesLeftOut {

    private static final String NAMES_ONLY = "names only: workers and teams come from ssd_involvements by id";

    private static final Map<String, String> REASONS = Map.of(
            "ssd_contacts", "the monitor has no contact event",
            "ssd_professionals", NAMES_ONLY,
            "ssd_department", NAMES_ONLY);

    static final String NOT_USED = "not used by the monitor";

    /** An uploaded part named after no SSD table (the SSD's tables are all {@code ssd_*}). */
    static final String NOT_AN_SSD_TABLE = "no SSD table is named so: parts are named after the SSD's tables";

    private SsdTablesLeftOut() {
    }

    /** @param held the tables (or uploaded parts) the extract holds, by name */
    static List<IgnoredTable> among(Collection<String> held) {
        return held.stream()
                   .filter(name -> SsdTable.named(name).isEmpty())
                   .sorted()
                   .map(name -> new IgnoredTable(name, reason(name)))
                   .toList();
    }

    private static String reason(String table) {
        if (!table.startsWith("ssd_")) {
            return NOT_AN_SSD_TABLE;
        }
        return REASONS.getOrDefault(table, NOT_USED);
    }
}
