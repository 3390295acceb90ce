package uk.casemonitor.app.generator;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.CaseMonitorApplication;
import uk.casemonitor.app.ingestion.EventIngestion;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands the application jar runs instead of the web app, chosen by the first argument:
 * <pre>
 * generate [--scale 1] [--seed 42] [--years 5] [--end-date YYYY-MM-DD] [--out events.jsonl]
 * import --file events.jsonl [--spring.property=value ...]
 * </pre>
 * {@code generate} needs no Spring context; {@code import} starts the application without its web
 * server, records the file and exits with status 1 if any line was rejected.
 */
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("generate", "import", "help");
    private static final String USAGE = """
            Usage: java -jar compliance-app.jar <command> [options]
              generate  Write a synthetic authority's event history as JSON lines
                        --scale 1 (caseload multiplier)  --seed 42  --years 5
                        --end-date YYYY-MM-DD (default: 3 days ago)  --out FILE (default: standard output)
              import    Record a JSON-lines history through the same validation as the API
                        --file FILE, then any --spring.property=value (e.g. --compliance.data-dir=./data)
            With no command the web application starts.""";

    private Cli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** @return the process exit status: 0 done, 1 some lines rejected, 2 bad usage */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return switch (args[0]) {
                case "generate" -> generate(Options.parse(args, Set.of("scale", "seed", "years", "end-date", "out")), out, err);
                case "import" -> importFile(Options.parse(args, Set.of("file")), out, err);
                default -> usage(out, 0);
            };
        } catch (IllegalArgumentException badUsage) {
            err.println(badUsage.getMessage());
            return usage(err, 2);
        }
    }

    private static int generate(Options options, PrintStream out, PrintStream err) {
        LocalDate today = LocalDate.now(uk.casemonitor.core.recording.CaseTime.ZONE);
        GeneratorSettings defaults = GeneratorSettings.defaults(today);
        GeneratorSettings settings = defaults
                .withScale(options.number("scale", defaults.scale()))
                .withSeed(options.whole("seed", defaults.seed()))
                .withYears((int) options.whole("years", defaults.years()))
                .withEndDate(options.date("end-date", defaults.endDate()));
        if (!settings.endDate().isBefore(today)) {
            throw new IllegalArgumentException("--end-date must be before today, so that every event is already recorded");
        }
        String target = options.text("out", "-");
        try (Writer writer = target.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
            GenerationSummary summary = JsonLines.standalone().write(new AuthorityGenerator(settings), writer);
            err.println(summary + (target.equals("-") ? "" : " into " + target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private static int importFile(Options options, PrintStream out, PrintStream err) {
        Path file = Path.of(options.required("file"));
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read " + file);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseMonitorApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // Defaults only: the summary and the rejected lines are the output; the operator's options still win.
                .properties(Map.of("logging.level.root", "WARN"))
                .run(options.passedOn().toArray(String[]::new))) {
            ImportSummary summary = importer(context, new JsonLinesImporter.Listener() {
                @Override
                public void rejected(RejectedLine line) {
                    err.println(line);
                }

                @Override
                public void progress(ImportSummary soFar) {
                    err.println(soFar);
                }
            }).importFile(file);
            out.println(summary);
            return summary.rejected() > 0 ? 1 : 0;
        }
    }

    /** The importer as the running application configures it: its ingestion, its JSON mapper, its batch limit. */
    static JsonLinesImporter importer(ConfigurableApplicationContext context, JsonLinesImporter.Listener listener) {
        int batchLimit = context.getEnvironment().getProperty("compliance.api.max-events-per-request", Integer.class, 1000);
        return new JsonLinesImporter(context.getBean(EventIngestion.class), context.getBean(JsonMapper.class),
                                     batchLimit, listener);
    }

    private static int usage(PrintStream stream, int status) {
        stream.println(USAGE);
        return status;
    }

    /** {@code --name value} or {@code --name=value} options; any other {@code --key=value} is passed on to Spring. */
    private record Options(Map<String, String> values, List<String> passedOn) {

        static Options parse(String[] args, Set<String> known) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> passedOn = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("Unexpected argument: " + arg);
                }
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
                if (!known.contains(name)) {
                    if (equals < 0) {
                        throw new IllegalArgumentException("Unknown option --" + name + " for " + args[0]);
                    }
                    passedOn.add(arg);
                    continue;
                }
                if (equals >= 0) {
                    values.put(name, arg.substring(equals + 1));
                } else if (i + 1 < args.length) {
                    values.put(name, args[++i]);
                } else {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
            }
            return new Options(values, passedOn);
        }

        String text(String name, String otherwise) {
            return values.getOrDefault(name, otherwise);
        }

        String required(String name) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }

        double number(String name, double otherwise) {
            return parsed(name, otherwise, Double::parseDouble, "a number");
        }

        long whole(String name, long otherwise) {
            return parsed(name, otherwise, Long::parseLong, "a whole number");
        }

        LocalDate date(String name, LocalDate otherwise) {
            return parsed(name, otherwise, LocalDate::parse, "a date as YYYY-MM-DD");
        }

        /** The option's value parsed, or {@code otherwise} when it is not given. */
        private <T> T parsed(String name, T otherwise, java.util.function.Function<String, T> parse, String expected) {
            String value = values.get(name);
            try {
                return value == null ? otherwise : parse.apply(value);
            } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--" + name + " must be " + expected + ": " + value);
            }
        }
    }
}
