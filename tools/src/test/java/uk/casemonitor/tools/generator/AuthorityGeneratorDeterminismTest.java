package uk.casemonitor.tools.generator;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The same settings always give the same authority, byte for byte; another seed gives another. */
class AuthorityGeneratorDeterminismTest {

    private static final GeneratorSettings SMALL = new GeneratorSettings(42, 0.05, 5, LocalDate.of(2025, 6, 30),
                                                                        PracticeQuality.typical());

    @Test
    void theSameSettingsGiveIdenticalLines() {
        String first = jsonLines(SMALL);
        String second = jsonLines(SMALL);

        assertThat(first).isNotEmpty();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherAuthority() {
        List<String> seed42 = jsonLines(SMALL).lines().toList();
        List<String> seed43 = jsonLines(SMALL.withSeed(43)).lines().toList();

        assertThat(seed43).isNotEqualTo(seed42);
        Set<String> shared = new HashSet<>(seed42);
        shared.retainAll(new HashSet<>(seed43));
        assertThat(shared.size()).isLessThan(seed42.size() / 10);
    }

    @Test
    void eventIdsAreNumberedInOrderAcrossTheAuthority() {
        long expected = 0;
        for (GeneratedSubject<?> subject : new AuthorityGenerator(SMALL)) {
            for (var event : subject.events()) {
                assertThat(event.eventId()).isEqualTo(String.format("g-%07d", ++expected));
                assertThat(event.subjectId()).isEqualTo(subject.id());
            }
        }
        assertThat(expected).isGreaterThan(10_000);
    }

    @Test
    void eachLineIsTheEventAsTheApiShowsIt() {
        String first = jsonLines(SMALL).lines().findFirst().orElseThrow();

        assertThat(first).startsWith("{\"type\":\"").contains("\"eventId\":\"g-0000001\"").contains("\"recordedAt\":\"");
        assertThat(first).containsAnyOf("\"childId\":\"C", "\"carerId\":\"FC");
    }

    private static String jsonLines(GeneratorSettings settings) {
        StringWriter out = new StringWriter();
        JsonLines.standalone().write(new AuthorityGenerator(settings), out);
        return out.toString();
    }
}
