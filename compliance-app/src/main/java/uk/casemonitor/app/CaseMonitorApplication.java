package uk.casemonitor.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class CaseMonitorApplication {

    /** The server alone; the runnable jar starts through {@code uk.casemonitor.cli.CaseMonitor}, which also runs the commands. */
    public static void main(String[] args) {
        SpringApplication.run(CaseMonitorApplication.class, args);
    }

    static {
        // Children's case data stays inside the authority: no usage reports to the framework vendor.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }
}
