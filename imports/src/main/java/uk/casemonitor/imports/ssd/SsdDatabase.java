package uk.casemonitor.imports.ssd;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SSD read where the SSD's scripts build it: in the case system's own database, SQL Server
 * (Liquidlogic LCS, Mosaic) or PostgreSQL (Eclipse). The SQL is kept to what both accept: quoted
 * schema and table names, {@code SELECT *}, no vendor functions; dates and flags are turned into
 * the same text a CSV extract holds, so both sources are read by one mapping.
 */
public final class SsdDatabase implements SsdSource {

    public static final String DEFAULT_SCHEMA = "ssd_development";

    private static final String[] TABLE_TYPES = {"TABLE", "VIEW"};

    private final Connection connection;
    private final String schema;
    private final String url;

    /** @param connection open, and closed by the caller; only read */
    public SsdDatabase(Connection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
        this.url = urlOf(connection);
    }

    @Override
    public Optional<List<SsdRow>> rows(SsdTable table) {
        if (!exists(table)) {
            return Optional.empty();
        }
        String sql = "SELECT * FROM " + quoted(schema) + "." + quoted(table.tableName());
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i).toUpperCase(Locale.ROOT));
            }
            List<String> missing = table.requiredColumns().stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new SsdExtractException(table.tableName(), "has no column " + String.join(", ", missing)
                        + " (found " + String.join(", ", columns) + ")");
            }
            List<SsdRow> read = new ArrayList<>();
            while (rows.next()) {
                Map<String, String> values = new HashMap<>();
                for (int i = 1; i <= columns.size(); i++) {
                    values.put(columns.get(i - 1), text(rows, i, meta.getColumnType(i)));
                }
                read.add(new SsdRow(table, read.size() + 1, values));
            }
            return Optional.of(read);
        } catch (SQLException e) {
            throw new SsdExtractException(table.tableName(), "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return url + " schema " + schema;
    }

    /** The schema's {@code ssd_*} tables and views, as the driver's catalogue lists them, in lower case as the SSD names them. */
    @Override
    public Set<String> tables() {
        try (ResultSet found = connection.getMetaData().getTables(null, schema, null, TABLE_TYPES)) {
            Set<String> tables = new TreeSet<>();
            while (found.next()) {
                String name = found.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith("ssd_")) {
                    tables.add(name);
                }
            }
            return tables;
        } catch (SQLException e) {
            throw cannotList(e);
        }
    }

    /** Through the driver's catalogue, so that a missing table is absent rather than an error that aborts a transaction. */
    private boolean exists(SsdTable table) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            for (String name : List.of(table.tableName(), table.tableName().toUpperCase(Locale.ROOT))) {
                try (ResultSet found = meta.getTables(null, schema, name, TABLE_TYPES)) {
                    if (found.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw cannotList(e);
        }
    }

    private SsdExtractException cannotList(SQLException e) {
        return new SsdExtractException("jdbc-url", "cannot list the tables of schema " + schema + ": " + e.getMessage(), e);
    }

    /** A DATETIME as the date it holds (the SSD keeps days at midnight), a BIT as the SSD's Y/N. */
    private static String text(ResultSet rows, int column, int type) throws SQLException {
        switch (type) {
            case Types.DATE:
                java.sql.Date date = rows.getDate(column);
                return date == null ? "" : date.toLocalDate().toString();
            case Types.TIMESTAMP:
            case Types.TIMESTAMP_WITH_TIMEZONE:
                Timestamp timestamp = rows.getTimestamp(column);
                return timestamp == null ? "" : timestamp.toLocalDateTime().toLocalDate().toString();
            case Types.BIT:
            case Types.BOOLEAN:
                boolean flag = rows.getBoolean(column);
                return rows.wasNull() ? "" : flag ? "Y" : "N";
            default:
                String value = rows.getString(column);
                return value == null ? "" : value.trim();
        }
    }

    /** Standard SQL quoting, which SQL Server accepts too (QUOTED_IDENTIFIER is on for JDBC connections). */
    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String urlOf(Connection connection) {
        try {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            return "the SSD database";
        }
    }
}
