package uk.casemonitor.app.config;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Event identifiers land in order on the event table's unique index, and never repeat. */
class FastIdentifierFactoryTest {

    private final FastIdentifierFactory identifiers = new FastIdentifierFactory();

    @Test
    void identifiersAreVersionSevenUuidsInTheOrderTheyWereMade() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            made.add(identifiers.generateIdentifier());
        }
        assertThat(made).isSorted().doesNotHaveDuplicates();
        UUID first = UUID.fromString(made.get(0));
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16)
                .isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
    }

    @Test
    void identifiersMadeOnSeveralThreadsAtOnceNeverRepeat() throws InterruptedException {
        var seen = java.util.Collections.synchronizedSet(new HashSet<String>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50_000; i++) {
                    seen.add(identifiers.generateIdentifier());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(200_000);
    }
}
