package uk.casemonitor.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A command's options, the one way every command reads them: {@code --name value} or
 * {@code --name=value} for the command's own options, {@code --flag} for its switches, and any other
 * {@code --key=value} passed on to the application (e.g. {@code --spring.profiles.active=postgres}).
 * A bad option is an {@link IllegalArgumentException} whose message is shown above the usage.
 */
final class Options {

    private final String command;
    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> passedOn;

    private Options(String command, Map<String, String> values, Set<String> flags, List<String> passedOn) {
        this.command = command;
        this.values = values;
        this.flags = flags;
        this.passedOn = passedOn;
    }

    /**
     * @param args      the whole command line, the command first
     * @param valued    the names of the command's options that take a value
     * @param switches  the names of the command's options that take none
     */
    static Options parse(String[] args, Set<String> valued, Set<String> switches) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new java.util.LinkedHashSet<>();
        List<String> passedOn = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (switches.contains(name) && equals < 0) {
                flags.add(name);
            } else if (!valued.contains(name)) {
                if (equals < 0) {
                    throw new IllegalArgumentException("Unknown option --" + name + " for " + args[0]);
                }
                passedOn.add(arg);
            } else if (equals >= 0) {
                values.put(name, arg.substring(equals + 1));
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return new Options(args[0], values, flags, passedOn);
    }

    String command() {
        return command;
    }

    /** The {@code --key=value} options that are the application's, not the command's. */
    List<String> passedOn() {
        return passedOn;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
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

    Path path(String name) {
        return Path.of(required(name));
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
    private <T> T parsed(String name, T otherwise, Function<String, T> parse, String expected) {
        String value = values.get(name);
        try {
            return value == null ? otherwise : parse.apply(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("--" + name + " must be " + expected + ": " + value);
        }
    }
}
