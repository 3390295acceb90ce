package uk.casemonitor.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casemonitor.app.CaseMonitorApplication;

import java.util.List;
import java.util.Map;

/** The application without its web server, for a command that records or reads and then exits. */
final class Headless {

    private Headless() {
    }

    static ConfigurableApplicationContext start(List<String> applicationArgs) {
        return new SpringApplicationBuilder(CaseMonitorApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // Defaults only: the command's report is the output, its log on standard error; the operator's
                // own options still win.
                .properties(Map.of("logging.level.root", "WARN", "logging.config", "classpath:logback-cli.xml"))
                .run(applicationArgs.toArray(String[]::new));
    }
}
