package uk.casemonitor.tools.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.casemonitor.app.RunningApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Demo mode fills an empty store with a generated authority in the background, and leaves a store with events alone. */
@ExtendWith(OutputCaptureExtension.class)
class DemoModeTest {

    @TempDir
    Path dataDir;

    @Test
    void anEmptyStoreIsFilledWithAGeneratedAuthorityAndAFullOneIsLeftAlone(CapturedOutput output) {
        Map<String, String> demo = Map.of("compliance.data-dir", dataDir.toString(),
                                          "compliance.demo.enabled", "true",
                                          "compliance.demo.scale", "0.005");
        try (RunningApp app = RunningApp.startWith(List.of(DemoMode.class), demo)) {
            await().atMost(Duration.ofMinutes(2)).until(() -> output.getOut().contains("Demo mode: Read "));
            assertThat(output.getOut()).contains("0 rejected");
            assertThat(app.get("/api/children/C000001/events").statusCode()).isEqualTo(200);
        }

        try (RunningApp restarted = RunningApp.startWith(List.of(DemoMode.class), demo)) {
            assertThat(output.getOut()).contains("the event store already holds events");
        }
    }
}
