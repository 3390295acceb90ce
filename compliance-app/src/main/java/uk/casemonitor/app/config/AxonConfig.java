package uk.casemonitor.app.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import uk.casemonitor.app.admin.NodeId;
import uk.casemonitor.app.eventstore.EventUpcasters;
import uk.casemonitor.app.eventstore.EventVocabularySerializer;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.childcase.ChildCase;
import uk.casemonitor.core.fostercarer.FosterCarer;
import uk.casemonitor.core.bulk.BulkRecorder;
import uk.casemonitor.projections.database.DatabaseDialect;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Axon on a plain JDBC event store in the application's own database (H2 file by default,
 * PostgreSQL by profile); no Axon Server. The infrastructure beans are declared here rather than
 * left to Axon's auto-configuration, whose ordering hints still name Spring Boot 3 classes.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /** Which SQL dialect the configured database speaks, for the few DDL statements that differ. */
    @Bean
    public DatabaseDialect databaseDialect(DataSource dataSource) throws SQLException {
        return DatabaseDialect.of(dataSource);
    }

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    /**
     * Jackson (2.x, as Axon 4 requires) rather than XStream: readable payloads, no class allow-listing.
     * Events are stored under their vocabulary name and revision (see {@link EventUpcasters}).
     */
    @Bean
    @Primary
    public Serializer serializer() {
        return EventVocabularySerializer.forEvents(EventStream.allTypes());
    }

    /** Events stored by earlier releases are read through these, up to their current revision. */
    @Bean
    public EventUpcasterChain eventUpcasters() {
        return EventUpcasters.chain(EventStream.allTypes());
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer, ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 EventUpcasterChain eventUpcasters) {
        // Its tables are made by the Flyway migrations (db/migration), not by Axon.
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .upcasterChain(eventUpcasters)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .build();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 NodeId nodeId) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .nodeId(nodeId.value())
                .schema(new TokenSchema())
                .serializer(serializer)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Caching keeps a busy child's case in memory between commands instead of re-reading its stream. */
    @Bean
    public ConfigurerModule aggregates() {
        Cache childCases = new WeakReferenceCache();
        Cache fosterCarers = new WeakReferenceCache();
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(ChildCase.class)
                                                       .configureCache(c -> childCases))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(FosterCarer.class)
                                                       .configureCache(c -> fosterCarers))
                .registerCommandHandler(c -> new BulkRecorder(c.repository(ChildCase.class),
                                                              c.repository(FosterCarer.class)));
    }
}
