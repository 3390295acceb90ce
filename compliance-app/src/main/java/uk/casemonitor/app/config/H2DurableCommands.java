package uk.casemonitor.app.config;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.casemonitor.projections.database.DatabaseDialect;

/**
 * On H2, writes a command's events to the database file before the command is acknowledged. H2 has
 * no redo log: a commit is only in memory until its store writes it, by default within 500 ms, so a
 * killed process would lose events it had already acknowledged (H2CrashSafetyTest). H2's own way out,
 * {@code WRITE_DELAY=0}, writes on every commit of every transaction and, as it also stops the
 * background writer, never compacts the file: projection commits then slow down as the file grows
 * (a 250,000-event rebuild left a 3 GB file). So the store keeps its background writer, and only
 * recording commands force a write, with {@code CHECKPOINT}, once their transaction has committed. The
 * write is not fsynced: a power cut can still lose it; PostgreSQL is the database for that.
 */
@Component
class H2DurableCommands {

    public H2DurableCommands(CommandBus commandBus, DatabaseDialect dialect, JdbcTemplate jdbc) {
        if (!dialect.isPostgres()) {
            commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
                unitOfWork.afterCommit(committed -> jdbc.execute("CHECKPOINT"));
                return chain.proceed();
            });
        }
    }
}
