package uk.casemonitor.app.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casemonitor.imports.HistoryRecorder;
import uk.casemonitor.imports.ssd.SsdImportSettings;
import uk.casemonitor.imports.ssd.SsdImporter;

import java.time.Clock;

/** Wires the (Spring-free) SSD importer to the application's recording, database and clock. */
@Configuration(proxyBeanMethods = false)
class SsdImportConfig {

    @Bean
    SsdImporter ssdImporter(HistoryRecorder recorder, JdbcTemplate jdbc, TransactionTemplate transactions,
                            Clock clock,
                            @Value("${compliance.ssd.vanished-share-refused:0.10}") double vanishedShareRefused,
                            @Value("${compliance.ssd.vanished-rows-accepted:5}") int vanishedRowsAccepted,
                            @Value("${compliance.ssd.children-per-bulk:50}") int childrenPerBulk,
                            @Value("${compliance.ssd.threads:2}") int threads) {
        return new SsdImporter(recorder, new JdbcSsdRowStore(jdbc, transactions), clock,
                new SsdImportSettings(vanishedShareRefused, vanishedRowsAccepted, childrenPerBulk, threads));
    }
}
