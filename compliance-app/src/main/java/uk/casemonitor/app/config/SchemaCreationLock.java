package uk.casemonitor.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import uk.casemonitor.projections.database.DatabaseDialect;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Nodes starting together on an empty PostgreSQL schema must not create its tables at the same time:
 * {@code CREATE TABLE IF NOT EXISTS} is not safe against itself there (two sessions both find the
 * table missing and one fails on the catalogue's unique index, MultiNodeTest). So on PostgreSQL, as
 * soon as the data source exists and before anything creates a table, a node takes an advisory lock
 * for its schema on a connection of its own, and gives it up once the application context is built.
 * A node that dies while starting loses its session, and with it the lock.
 */
@Component
class SchemaCreationLock implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(SchemaCreationLock.class);

    private Connection holding;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && holding == null) {
            lock(dataSource);
        }
        return bean;
    }

    private synchronized void lock(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            if (!DatabaseDialect.of(connection).isPostgres()) {
                connection.close();
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(hashtext('case-monitor-schema:' || current_schema()))");
            }
            holding = connection;
        } catch (SQLException e) {
            log.warn("Could not take the schema-creation lock; starting without it", e);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ContextRefreshedEvent || event instanceof ContextClosedEvent) {
            release();
        }
    }

    private synchronized void release() {
        if (holding == null) {
            return;
        }
        try (Connection connection = holding) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(hashtext('case-monitor-schema:' || current_schema()))");
            }
        } catch (SQLException e) {
            log.warn("Could not release the schema-creation lock cleanly; closing its connection releases it", e);
        } finally {
            holding = null;
        }
    }
}
