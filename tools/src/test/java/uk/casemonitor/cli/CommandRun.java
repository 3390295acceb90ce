package uk.casemonitor.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of a command as the jar runs it: its exit status and what it printed. */
record CommandRun(int status, String out, String err) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static CommandRun of(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CaseMonitor.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                                     new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The import report the command printed. */
    JsonNode report() {
        return JSON.readTree(out);
    }
}
