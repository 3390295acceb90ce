package uk.casemonitor.app.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed on the event store's unique (aggregate, sequence) key, so that
 * it reports a concurrent change (409, retried) and not an unknown store failure (500). Axon's
 * resolver reads vendor error codes, and PostgreSQL's driver gives 0 there (it reports SQLSTATE
 * 23505), inside a batch exception at that: two nodes appending to one child's stream at the same
 * moment got a 500 (MultiNodeTest). SQLSTATE 23505 is the standard unique violation, H2's too.
 */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    private final PersistenceExceptionResolver vendorCodes = new JdbcSQLErrorCodesResolver();

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return vendorCodes.isDuplicateKeyViolation(exception);
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
