package uk.casemonitor.app.returns;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventJson;

import java.time.Clock;

/** Wires the (Spring-free) importer to the application's ingestion and clock. */
@Configuration(proxyBeanMethods = false)
class ReturnsImportConfig {

    @Bean
    StatutoryReturnImporter statutoryReturnImporter(EventIngestion ingestion, EventJson eventJson, Clock clock) {
        return new StatutoryReturnImporter(ingestion, eventJson, clock);
    }
}
