package uk.casemonitor.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CaseMonitorApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseMonitorApplication.class, args);
    }
}
