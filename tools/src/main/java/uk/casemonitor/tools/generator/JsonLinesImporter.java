package uk.casemonitor.tools.generator;

import org.springframework.context.ApplicationContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventJson;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.recording.FieldProblem;
import uk.casemonitor.core.recording.InvalidEventException;
import uk.casemonitor.app.ingestion.RecordingMode;
import uk.casemonitor.core.recording.PracticeRuleViolation;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Records a JSON-lines history (one event a line, as the API shows it, with its own
 * {@code recordedAt}) through {@link EventIngestion} in {@link RecordingMode#IMPORT}: the same
 * validation and invariants as the REST API. Consecutive lines for the same child or carer go in
 * one batch, up to the ingestion's batch limit. A batch that is refused is recorded again line by
 * line, so that each bad line is reported with its number and field and every good line is still
 * recorded. Importing the same file again stores nothing new.
 */
public final class JsonLinesImporter {

    /** Hears about refused lines as they happen, and about progress every {@link #PROGRESS_EVERY} lines. */
    public interface Listener {
        void rejected(RejectedLine line);

        default void progress(ImportSummary soFar) {
        }
    }

    public static final int PROGRESS_EVERY = 50_000;

    private record Line(long number, ObjectNode event) {
    }

    private final EventIngestion ingestion;
    private final JsonMapper mapper;
    private final int batchLimit;
    private final Listener listener;
    private final Set<String> childTypes = EventStream.CHILD_CASE.types().keySet();
    private final Set<String> carerTypes = EventStream.FOSTER_CARER.types().keySet();

    /** The importer as the running application configures it: its ingestion, its JSON mapper, its batch limit. */
    public static JsonLinesImporter of(ApplicationContext context, Listener listener) {
        int batchLimit = context.getEnvironment().getProperty("compliance.api.max-events-per-request", Integer.class, 1000);
        return new JsonLinesImporter(context.getBean(EventIngestion.class), context.getBean(JsonMapper.class),
                                     batchLimit, listener);
    }

    public JsonLinesImporter(EventIngestion ingestion, JsonMapper mapper, int batchLimit, Listener listener) {
        this.ingestion = ingestion;
        this.mapper = mapper;
        this.batchLimit = batchLimit;
        this.listener = listener;
    }

    public ImportSummary importFile(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importLines(reader.lines().iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports lines in order; stops early, with what was done so far, if the thread is interrupted. */
    public ImportSummary importLines(Iterator<String> lines) {
        return new Run().importLines(lines);
    }

    /** Subjects recorded together in one unit of work: enough to share a commit, few enough to stay cheap for Axon. */
    private static final int SUBJECTS_PER_BULK = 10;

    private record Pending(EventStream<?> stream, String subject, List<Line> lines) {
    }

    /** One import's progress through its lines. */
    private final class Run {

        private final long started = System.nanoTime();
        private long read;
        private long stored;
        private long alreadyRecorded;
        private long rejected;
        private final List<Pending> bulk = new ArrayList<>();

        ImportSummary importLines(Iterator<String> lines) {
            EventStream<?> batchStream = null;
            String batchSubject = null;
            List<Line> batch = new ArrayList<>();
            long number = 0;
            while (lines.hasNext() && !Thread.currentThread().isInterrupted()) {
                String text = lines.next();
                number++;
                if (text.isBlank()) {
                    continue;
                }
                read++;
                if (read % PROGRESS_EVERY == 0) {
                    listener.progress(summary());
                }
                ObjectNode event = parse(number, text);
                EventStream<?> stream = event == null ? null : streamOf(number, event);
                String subject = stream == null ? null : subjectOf(number, event, stream);
                if (subject == null) {
                    continue;
                }
                if (!batch.isEmpty() && (stream != batchStream || !subject.equals(batchSubject) || batch.size() == batchLimit)) {
                    record(batchStream, batchSubject, batch);
                    batch.clear();
                }
                batchStream = stream;
                batchSubject = subject;
                batch.add(new Line(number, event));
            }
            if (!batch.isEmpty()) {
                record(batchStream, batchSubject, batch);
            }
            flush();
            return summary();
        }

        /**
         * A subject's completed batch joins the current bulk; a bulk of a few subjects is recorded in one
         * unit of work. A subject the bulk refuses is recorded line by line, to find the bad lines and
         * keep the rest, exactly as a refused batch on its own would be.
         */
        private void record(EventStream<?> stream, String subject, List<Line> batch) {
            if (bulk.stream().anyMatch(pending -> pending.stream() == stream && pending.subject().equals(subject))) {
                flush();
            }
            bulk.add(new Pending(stream, subject, List.copyOf(batch)));
            if (bulk.size() == SUBJECTS_PER_BULK) {
                flush();
            }
        }

        private void flush() {
            if (bulk.isEmpty()) {
                return;
            }
            List<EventIngestion.SubjectBatch> batches = new ArrayList<>();
            for (Pending pending : bulk) {
                ArrayNode events = mapper.createArrayNode();
                pending.lines().forEach(line -> events.add(line.event()));
                batches.add(new EventIngestion.SubjectBatch(pending.stream(), pending.subject(), events));
            }
            EventIngestion.BulkOutcome outcome = ingestion.recordInBulk(batches, RecordingMode.IMPORT);
            counted(outcome.recorded());
            for (Pending pending : bulk) {
                if (outcome.refused().containsKey(pending.subject())) {
                    pending.lines().forEach(line -> recordOne(pending.stream(), pending.subject(), line));
                }
            }
            bulk.clear();
        }

        private void recordOne(EventStream<?> stream, String subject, Line line) {
            try {
                counted(ingestion.record(stream, subject, line.event(), RecordingMode.IMPORT));
            } catch (InvalidEventException invalid) {
                reject(line.number(), invalid.problems());
            } catch (PracticeRuleViolation violation) {
                reject(line.number(), List.of(new FieldProblem(violation.field(), violation.getMessage())));
            }
        }

        private ObjectNode parse(long number, String text) {
            try {
                JsonNode json = mapper.readTree(text);
                if (json instanceof ObjectNode object) {
                    return object;
                }
                reject(number, List.of(new FieldProblem("body", "an event must be a JSON object")));
            } catch (JacksonException e) {
                reject(number, List.of(new FieldProblem("body", "must be well-formed JSON: " + e.getOriginalMessage())));
            }
            return null;
        }

        private EventStream<?> streamOf(long number, ObjectNode event) {
            JsonNode type = event.get(EventJson.TYPE);
            String name = type != null && type.isString() ? type.stringValue() : null;
            if (childTypes.contains(name)) {
                return EventStream.CHILD_CASE;
            }
            if (carerTypes.contains(name)) {
                return EventStream.FOSTER_CARER;
            }
            reject(number, List.of(new FieldProblem(EventJson.TYPE, name == null
                    ? "is required: the name of a child or foster carer event type"
                    : "'" + name + "' is not a child or foster carer event type")));
            return null;
        }

        private String subjectOf(long number, ObjectNode event, EventStream<?> stream) {
            JsonNode id = event.get(stream.idField());
            if (id != null && id.isString() && !id.stringValue().isBlank()) {
                return id.stringValue();
            }
            reject(number, List.of(new FieldProblem(stream.idField(), "is required on each line of an import")));
            return null;
        }

        private void counted(RecordingOutcome outcome) {
            stored += outcome.stored();
            alreadyRecorded += outcome.alreadyRecorded();
        }

        private void reject(long number, List<FieldProblem> problems) {
            rejected++;
            listener.rejected(new RejectedLine(number, problems));
        }

        private ImportSummary summary() {
            return new ImportSummary(read, stored, alreadyRecorded, rejected, Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
