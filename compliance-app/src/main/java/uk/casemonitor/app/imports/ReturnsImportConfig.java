package uk.casemonitor.app.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.casemonitor.imports.HistoryRecorder;
import uk.casemonitor.imports.returns.StatutoryReturnImporter;

import java.time.Clock;

/** Wires the (Spring-free) importer to the application's recording and clock. */
@Configuration(proxyBeanMethods = false)
class ReturnsImportConfig {

    @Bean
    StatutoryReturnImporter statutoryReturnImporter(HistoryRecorder recorder, Clock clock) {
        return new StatutoryReturnImporter(recorder, clock);
    }
}
