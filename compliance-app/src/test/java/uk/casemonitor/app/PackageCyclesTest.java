package uk.casemonitor.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The server's feature packages depend on each other one way only: a cycle means a type lives in
 * the wrong package. Read from the sources, so that a fully qualified reference counts too.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java/uk/casemonitor/app");
    /** Command-line tools being moved into their own modules; not part of the server. */
    private static final Set<String> NOT_SERVER = Set.of("returns", "generator", "benchmark");
    private static final Pattern REFERENCE = Pattern.compile("uk\\.casemonitor\\.app\\.([a-z]+)\\.[A-Z]");

    @Test
    void serverPackagesHaveNoDependencyCycles() throws IOException {
        Map<String, Set<String>> dependsOn = new TreeMap<>();
        try (Stream<Path> packages = Files.list(SOURCES)) {
            for (Path dir : packages.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                if (NOT_SERVER.contains(name)) {
                    continue;
                }
                Set<String> targets = new TreeSet<>();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher reference = REFERENCE.matcher(Files.readString(file));
                        while (reference.find()) {
                            String target = reference.group(1);
                            if (!target.equals(name) && !NOT_SERVER.contains(target)) {
                                targets.add(target);
                            }
                        }
                    }
                }
                dependsOn.put(name, targets);
            }
        }
        assertThat(dependsOn).as("server packages found").containsKeys("web", "ingestion", "security");
        assertThat(cycles(dependsOn)).as("package cycles in %s", dependsOn).isEmpty();
    }

    /** Every package from which a path leads back to itself, with that path. */
    private static List<List<String>> cycles(Map<String, Set<String>> dependsOn) {
        List<List<String>> found = new ArrayList<>();
        for (String start : dependsOn.keySet()) {
            List<String> path = pathBack(start, start, dependsOn, new ArrayList<>(List.of(start)), new HashSet<>());
            if (path != null) {
                found.add(path);
            }
        }
        return found;
    }

    private static List<String> pathBack(String start, String at, Map<String, Set<String>> dependsOn, List<String> path,
                                         Set<String> seen) {
        for (String next : dependsOn.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = pathBack(start, next, dependsOn, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }
}
