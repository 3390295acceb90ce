package uk.casemonitor.app.rules;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.casemonitor.app.config.MonitoringStart;

import java.time.Instant;
import java.time.LocalDate;

/** {@code GET /api/monitoring-start}: where monitoring begins and who set it, so every figure can say what it judges. */
@RestController
class MonitoringStartController {

    private final MonitoringStart start;

    MonitoringStartController(MonitoringStart start) {
        this.start = start;
    }

    /** @param monitoringFrom null when the whole history is monitored */
    record MonitoringStartView(LocalDate monitoringFrom, String setBy, Instant setAt) {
    }

    @GetMapping("/api/monitoring-start")
    MonitoringStartView monitoringStart() {
        return start.setting().map(s -> new MonitoringStartView(s.monitoringFrom(), s.setBy(), s.setAt()))
                    .orElse(new MonitoringStartView(null, null, null));
    }
}
