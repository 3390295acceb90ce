package uk.casemonitor.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core's packages depend one way only (recording lowest, then childcase and fostercarer, then rules
 * and quality, bulk on top), so each can be read, and moved, without the others behind it.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/uk/casemonitor/core");
    private static final Pattern CORE_REFERENCE = Pattern.compile("uk\\.casemonitor\\.core\\.([a-z]+)");

    @Test
    void noPackageOfCoreDependsOnItselfThroughAnother() {
        Map<String, Set<String>> uses = dependencies();
        List<String> cycles = uses.keySet().stream()
                .filter(pkg -> uses.get(pkg).stream().anyMatch(other -> reachableFrom(other, uses).contains(pkg)))
                .toList();

        assertThat(cycles).as("packages on a cycle, with what each uses: %s", uses).isEmpty();
    }

    @Test
    void recordingIsTheLowestPackage() {
        assertThat(dependencies().getOrDefault("recording", Set.of())).isEmpty();
    }

    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String pkg = SOURCES.relativize(file.getParent()).toString();
                Matcher reference = CORE_REFERENCE.matcher(read(file));
                Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
                while (reference.find()) {
                    if (!reference.group(1).equals(pkg)) {
                        used.add(reference.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static Set<String> reachableFrom(String start, Map<String, Set<String>> uses) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            for (String used : uses.getOrDefault(next.pop(), Set.of())) {
                if (seen.add(used)) {
                    next.push(used);
                }
            }
        }
        return seen;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
