package uk.casemonitor.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.casemonitor.app.generator.Cli;
import uk.casemonitor.app.benchmark.Benchmark;
import uk.casemonitor.app.returns.ReturnsImportCommand;

@SpringBootApplication
@EnableScheduling
public class CaseMonitorApplication {

    public static void main(String[] args) throws Exception {
        if (ReturnsImportCommand.handles(args)) {
            System.exit(ReturnsImportCommand.run(args));
        }
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        if (Benchmark.isCommand(args)) {
            System.exit(Benchmark.run(args));
        }
        SpringApplication.run(CaseMonitorApplication.class, args);
    }

    static {
        // Children's case data stays inside the authority: no usage reports to the framework vendor.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }
}
