package uk.casemonitor.imports.returns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.ChildCase;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.DentalCheckCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentCompleted;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.core.childcase.ReturnFactUnplaced;
import uk.casemonitor.core.childcase.ReviewChildProtectionConferenceHeld;
import uk.casemonitor.core.recording.EventIdReused;
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
 * the same recording as the API (as history, see {@link HistoryRecorder}), one child at a time, so
 * that the case history's checks apply to imported events exactly as to live ones. A failure costs
 * the row, never the child: the rows whose facts the child's history refuses are found first and
 * reported, and the rest of the child's rows are recorded. A dry run ({@code validateOnly}) makes
 * every check and stores nothing.
 */
public final class StatutoryReturnImporter {

    private static final Logger log = LoggerFactory.getLogger(StatutoryReturnImporter.class);
    private static final Pattern EVENT_INDEX = Pattern.compile("^\\[(\\d+)]\\.(.*)$");
    /** The data-quality check that reports a return's facts with no episode to hold them. */
    static final String UNPLACED_CHECK = "return-fact-unplaced";
    /**
     * Facts a return gives about a child's care whose episode the return may not establish: one
     * that cannot be placed is kept as a finding. Episode starts and ends are the episodes
     * themselves, and are refused as rows.
     */
    private static final Set<Class<? extends ChildCaseEvent>> NEEDS_AN_EPISODE = Set.of(
            LookedAfterReviewHeld.class, HealthAssessmentCompleted.class, DentalCheckCompleted.class,
            CareLeaverContactMade.class, ReviewChildProtectionConferenceHeld.class);

    private final HistoryRecorder recorder;
    private final ImportedRecordingTime time;

    public StatutoryReturnImporter(HistoryRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.time = new ImportedRecordingTime(clock);
    }

    public ImportReport importSsda903(Ssda903Return ssda903, boolean validateOnly) {
        return record(new Ssda903Mapping(time).map(ssda903, recorder::childEvents), validateOnly);
    }

    /**
     * @param file  the name errors are reported against
     * @param field how the upload names the document ({@code file}, {@code body}) when it is unreadable
     */
    public ImportReport importCinCensus(String file, InputStream xml, String field, boolean validateOnly) {
        return record(new CinCensusMapping(time).map(file, xml, field), validateOnly);
    }

    private ImportReport record(MappedReturn mapped, boolean validateOnly) {
        int stored = 0;
        int alreadyRecorded = 0;
        int childrenRecorded = 0;
        List<RowError> errors = new ArrayList<>(mapped.errors());
        List<RefusedChild> refused = new ArrayList<>();
        for (Map.Entry<String, List<ReturnEvent>> child : mapped.children().entrySet()) {
            List<ChildCaseEvent> known = recorder.childEvents(child.getKey());
            List<ReturnEvent> events = placeable(known, child.getValue(), errors);
            if (events.isEmpty()) {
                continue;
            }
            if (validateOnly) {
                RecordingOutcome outcome = ChildCase.trial(known, eventsOf(events)).outcome();
                stored += outcome.stored();
                alreadyRecorded += outcome.alreadyRecorded();
                childrenRecorded++;
                continue;
            }
            try {
                RecordingOutcome outcome = recorder.recordChildHistory(child.getKey(), eventsOf(events));
                stored += outcome.stored();
                alreadyRecorded += outcome.alreadyRecorded();
                childrenRecorded++;
            } catch (PracticeRuleViolation violation) {
                // Checked a moment ago: someone recorded for this child meanwhile.
                refused.add(new RefusedChild(child.getKey(), rows(events), violation.field(), violation.getMessage()
                        + " (the child's record changed during the import: import the return again)"));
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
        return new ImportReport(mapped.format(), validateOnly,
                mapped.year().map(choice -> choice.year().label()).orElse(null),
                mapped.year().map(CollectionYear.Choice::reason).orElse(null),
                mapped.rowsRead(), stored, alreadyRecorded, childrenRecorded, List.copyOf(errors),
                List.copyOf(mapped.warnings()), List.copyOf(refused));
    }

    /**
     * The child's events less the rows their case history refuses, found one at a time by checking
     * the whole batch as recording would ({@link ChildCase#trial}): a refused event's row is
     * reported and left out with all its events, and the rest are checked again. A review or
     * health fact that needs a period of care the record does not hold is kept as a
     * {@link ReturnFactUnplaced}, a data-quality finding, rather than lost.
     */
    private static List<ReturnEvent> placeable(List<ChildCaseEvent> known, List<ReturnEvent> mapped, List<RowError> errors) {
        List<ReturnEvent> events = new ArrayList<>(mapped);
        while (!events.isEmpty()) {
            ChildCase.Trial trial = ChildCase.trial(known, eventsOf(events));
            if (trial.accepted()) {
                break;
            }
            ReturnEvent refused = events.get(trial.refusedAt());
            PracticeRuleViolation violation = trial.violation();
            SourceRow row = refused.source();
            String column = refused.column().isEmpty() ? violation.field() : refused.column();
            if (refused.event() instanceof ReturnFactUnplaced) {
                // Already kept for this row from the other layout of the return (its finding names
                // that file's row), or refused too, e.g. after a closure: then the row is lost, and said so.
                if (!(violation instanceof EventIdReused)) {
                    errors.add(new RowError(row.file(), row.row(), column, "could not be kept as a data-quality "
                            + "finding either: " + violation.getMessage()));
                }
                events.remove(trial.refusedAt());
                continue;
            }
            if (NEEDS_AN_EPISODE.contains(refused.event().getClass()) && violation.code().startsWith("no-")) {
                errors.add(new RowError(row.file(), row.row(), column, violation.getMessage()
                        + ": kept as a data-quality finding (" + UNPLACED_CHECK + "), not as the fact itself"));
                events.set(trial.refusedAt(), unplaced(refused, violation));
                continue;
            }
            errors.add(new RowError(row.file(), row.row(), column, violation.getMessage()
                    + "; the row is not imported, the child's other rows are"));
            events.removeIf(event -> event.source().equals(row));
        }
        return events;
    }

    private static ReturnEvent unplaced(ReturnEvent refused, PracticeRuleViolation violation) {
        return new ReturnEvent(ReturnFactUnplaced.instead(refused.event(), refused.source().toString(),
                violation.getMessage()), refused.source(), refused.column());
    }

    private static List<ChildCaseEvent> eventsOf(List<ReturnEvent> events) {
        return events.stream().map(ReturnEvent::event).toList();
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
