package uk.casemonitor.app.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casemonitor.imports.ssd.SsdRowStore;

import java.util.List;

/**
 * The SSD importer's memory of each row (table {@code cm_ssd_row}), in the monitor's own database,
 * created like the monitor's other tables, in SQL both H2 and PostgreSQL accept. A night's rows
 * are written in one transaction: a failure leaves last night's memory whole, and the events
 * already recorded are found again by their ids when the night is imported again.
 */
class JdbcSsdRowStore implements SsdRowStore {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    JdbcSsdRowStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public List<ImportedRow> all() {
        return jdbc.query("SELECT ssd_table, row_id, child_id, events, vanished FROM cm_ssd_row",
                (rs, n) -> new ImportedRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                           rs.getBoolean(5)));
    }

    @Override
    public void save(List<ImportedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.batchUpdate("DELETE FROM cm_ssd_row WHERE ssd_table = ? AND row_id = ?", rows, BATCH, (ps, row) -> {
                ps.setString(1, row.table());
                ps.setString(2, row.rowId());
            });
            jdbc.batchUpdate("INSERT INTO cm_ssd_row (ssd_table, row_id, child_id, events, vanished) VALUES (?, ?, ?, ?, ?)",
                    rows, BATCH, (ps, row) -> {
                        ps.setString(1, row.table());
                        ps.setString(2, row.rowId());
                        ps.setString(3, row.childId());
                        ps.setString(4, row.events());
                        ps.setBoolean(5, row.vanished());
                    });
        });
    }
}
