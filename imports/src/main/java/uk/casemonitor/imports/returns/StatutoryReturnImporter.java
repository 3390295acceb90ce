package uk.casemonitor.imports.returns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.casemonitor.core.recording.FieldProblem;
import uk.casemonitor.core.recording.InvalidEventException;
import uk.casemonitor.imports.HistoryRecorder;
import uk.casemonitor.core.recording.PracticeRuleViolation;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a statutory return: reads it, turns it into each child's events and records them through
 * the same recording as the API (as history, see {@link HistoryRecorder}), one child at a time and
 * all or nothing per child, so that the case history's checks apply to imported events exactly as
 * to live ones. A child whose events are refused is reported, and the others are imported.
 */
public final class StatutoryReturnImporter {

    private static final Logger log = LoggerFactory.getLogger(StatutoryReturnImporter.class);
    private static final Pattern EVENT_INDEX = Pattern.compile("^\\[(\\d+)]\\.(.*)$");

    private final HistoryRecorder recorder;
    private final ImportedRecordingTime time;

    public StatutoryReturnImporter(HistoryRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.time = new ImportedRecordingTime(clock);
    }

    public ImportReport importSsda903(Ssda903Files files) {
        return record(new Ssda903Mapping(time).map(files, recorder::childEvents));
    }

    /**
     * @param file  the name errors are reported against
     * @param field how the upload names the document ({@code file}, {@code body}) when it is unreadable
     */
    public ImportReport importCinCensus(String file, InputStream xml, String field) {
        return record(new CinCensusMapping(time).map(file, xml, field));
    }

    private ImportReport record(MappedReturn mapped) {
        int stored = 0;
        int alreadyRecorded = 0;
        int childrenRecorded = 0;
        List<RefusedChild> refused = new ArrayList<>();
        for (Map.Entry<String, List<ReturnEvent>> child : mapped.children().entrySet()) {
            List<ReturnEvent> events = child.getValue();
            try {
                RecordingOutcome outcome = recorder.recordChildHistory(child.getKey(),
                        events.stream().map(ReturnEvent::event).toList());
                stored += outcome.stored();
                alreadyRecorded += outcome.alreadyRecorded();
                childrenRecorded++;
            } catch (PracticeRuleViolation violation) {
                refused.add(new RefusedChild(child.getKey(), rows(events), violation.field(), violation.getMessage()));
            } catch (InvalidEventException invalid) {
                refused.add(refusedAsInvalid(child.getKey(), events, invalid));
            } catch (RuntimeException unexpected) {
                log.error("Could not record the events of child {} from a {} import", child.getKey(), mapped.format(),
                          unexpected);
                refused.add(new RefusedChild(child.getKey(), rows(events), "",
                        "could not be recorded (" + unexpected.getClass().getSimpleName()
                        + "); nothing of this child's was stored: import the return again"));
            }
        }
        return new ImportReport(mapped.format(), mapped.rowsRead(), stored, alreadyRecorded, childrenRecorded,
                                List.copyOf(mapped.errors()), List.copyOf(refused));
    }

    /** Validation names the event by its place in the batch ("[3].occurredAt"): point at that event's row. */
    private static RefusedChild refusedAsInvalid(String childId, List<ReturnEvent> events, InvalidEventException invalid) {
        Set<SourceRow> rows = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        String field = null;
        for (FieldProblem problem : invalid.problems()) {
            Matcher indexed = EVENT_INDEX.matcher(problem.field());
            if (indexed.matches() && Integer.parseInt(indexed.group(1)) < events.size()) {
                ReturnEvent event = events.get(Integer.parseInt(indexed.group(1)));
                rows.add(event.source());
                reasons.add(event.event().getClass().getSimpleName() + " " + indexed.group(2) + ": " + problem.message());
                field = field == null ? indexed.group(2) : field;
            } else {
                reasons.add(problem.field() + ": " + problem.message());
                field = field == null ? problem.field() : field;
            }
        }
        return new RefusedChild(childId, rows.isEmpty() ? rows(events) : List.copyOf(rows), field,
                                String.join("; ", reasons));
    }

    private static List<SourceRow> rows(List<ReturnEvent> events) {
        return events.stream().map(ReturnEvent::source).distinct().toList();
    }
}
