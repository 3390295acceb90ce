package uk.casemonitor.imports.ssd;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.CorrectionRecorded;
import uk.casemonitor.core.childcase.RetractionRecorded;
import uk.casemonitor.core.recording.FieldProblem;
import uk.casemonitor.core.recording.InvalidEventException;
import uk.casemonitor.core.recording.RecordCopy;
import uk.casemonitor.core.recording.RecordingOutcome;
import uk.casemonitor.imports.HistoryRecorder;
import uk.casemonitor.imports.returns.ImportedRecordingTime;
import uk.casemonitor.imports.ssd.MappedRow.RowKey;
import uk.casemonitor.imports.ssd.SsdImportReport.IgnoredTable;
import uk.casemonitor.imports.ssd.SsdImportReport.RefusedChild;
import uk.casemonitor.imports.ssd.SsdImportReport.UnreadableTable;
import uk.casemonitor.imports.ssd.SsdImportReport.VanishedTable;
import uk.casemonitor.imports.ssd.SsdRowStore.ImportedRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Imports one night's SSD snapshot. The SSD is rebuilt wholesale every night without modified
 * dates, so every row is mapped and compared with what the importer made of it before
 * ({@link SsdRowStore}): a new row's events are recorded, a changed row's events are corrected, a
 * vanished row's events retracted, and an unchanged row sends nothing. The first import is the
 * backfill: its history is stamped as recorded on its own dates, like a statutory return's; from
 * then on, what is first seen tonight is stamped as recorded tonight, so recording timeliness is
 * measured to within a day.
 */
public final class SsdImporter {

    private static final Logger log = LoggerFactory.getLogger(SsdImporter.class);

    private final HistoryRecorder recorder;
    private final SsdRowStore store;
    private final Clock clock;
    private final ImportedRecordingTime historyTime;
    private final SsdImportSettings settings;

    public SsdImporter(HistoryRecorder recorder, SsdRowStore store, Clock clock, SsdImportSettings settings) {
        this.recorder = recorder;
        this.store = store;
        this.clock = clock;
        this.historyTime = new ImportedRecordingTime(clock);
        this.settings = settings;
    }

    /** One import at a time: two would compare against the same memory of last night. */
    public synchronized SsdImportReport importFrom(SsdSource source) {
        Instant now = clock.instant();
        LocalDate tonight = historyTime.today();
        Map<SsdTable, List<SsdRow>> tables = new EnumMap<>(SsdTable.class);
        Map<String, Integer> rowsRead = new LinkedHashMap<>();
        List<String> absent = new ArrayList<>();
        List<UnreadableTable> unreadable = new ArrayList<>();
        List<IgnoredTable> ignored = SsdTablesLeftOut.among(source.tables());
        for (SsdTable table : SsdTable.values()) {
            try {
                source.rows(table).ifPresentOrElse(rows -> {
                    tables.put(table, rows);
                    rowsRead.put(table.tableName(), rows.size());
                }, () -> absent.add(table.tableName()));
            } catch (SsdExtractException e) {
                unreadable.add(new UnreadableTable(table.tableName(), e.reason()));
            }
        }
        long began = System.nanoTime();
        SsdMapping.Snapshot snapshot = SsdMapping.map(tables, tonight);
        long mapped = System.nanoTime();
        Map<RowKey, ImportedRow> before = new HashMap<>();
        store.all().forEach(row -> before.put(row.key(), row));
        long remembered = System.nanoTime();
        boolean backfill = before.isEmpty();

        Set<RowKey> present = snapshot.rows().stream().map(MappedRow::key).collect(Collectors.toSet());
        Set<String> tablesRead = tables.keySet().stream().map(SsdTable::tableName).collect(Collectors.toSet());
        List<ImportedRow> vanished = before.values().stream()
                .filter(row -> !row.vanished() && tablesRead.contains(row.table()) && !present.contains(row.key()))
                .toList();
        List<VanishedTable> tooMany = tooManyVanished(before.values(), vanished);
        Report report = new Report(source.description(), backfill, rowsRead, absent, unreadable, ignored,
                                   snapshot.problems());
        if (!tooMany.isEmpty()) {
            return report.refused("the extract looks broken: " + tooMany.stream().map(t -> t.table() + " lost "
                    + t.vanished() + " of its " + t.rowsBefore() + " rows").collect(Collectors.joining(", "))
                    + " (more than " + Math.round(settings.vanishedShareRefused() * 100) + "%); nothing was imported"
                    + " or retracted: check the SSD's overnight run", tooMany);
        }

        Night night = new Night(tonight, now, backfill);
        for (MappedRow row : snapshot.rows()) {
            if (!row.faulty()) {
                night.compare(row, before.get(row.key()), report);
            }
        }
        vanished.forEach(row -> night.vanished(row));
        long compared = System.nanoTime();
        record(night, report);
        log.info("SSD import from {}: {} rows mapped in {} ms, last night's {} rows read in {} ms, compared in {} ms,"
                 + " {} events recorded and rows kept in {} ms", source.description(), snapshot.rows().size(),
                 millis(began, mapped), before.size(), millis(mapped, remembered), millis(remembered, compared),
                 report.stored, millis(compared, System.nanoTime()));
        return report.done();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private List<VanishedTable> tooManyVanished(Iterable<ImportedRow> before, List<ImportedRow> vanished) {
        Map<String, Integer> seen = new TreeMap<>();
        before.forEach(row -> {
            if (!row.vanished()) {
                seen.merge(row.table(), 1, Integer::sum);
            }
        });
        Map<String, Integer> gone = new HashMap<>();
        vanished.forEach(row -> gone.merge(row.table(), 1, Integer::sum));
        List<VanishedTable> tooMany = new ArrayList<>();
        seen.forEach((table, rows) -> {
            int lost = gone.getOrDefault(table, 0);
            if (lost > settings.vanishedRowsAccepted() && lost > settings.vanishedShareRefused() * rows) {
                tooMany.add(new VanishedTable(table, rows, lost));
            }
        });
        return tooMany;
    }

    /**
     * Each child's events, in units of work of a few children, a few units at once (each child is in
     * one unit only, so they never wait on each other); a child refused keeps last night's rows.
     */
    private void record(Night night, Report report) {
        List<List<String>> bulks = new ArrayList<>();
        List<String> children = new ArrayList<>(night.byChild.keySet());
        for (int from = 0; from < children.size(); from += settings.childrenPerBulk()) {
            bulks.add(children.subList(from, Math.min(children.size(), from + settings.childrenPerBulk())));
        }
        List<HistoryRecorder.BulkRecording> outcomes = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<HistoryRecorder.BulkRecording>> recording = new ArrayList<>();
            for (List<String> bulk : bulks) {
                recording.add(workers.submit(() -> recordLogged(night, bulk)));
            }
            for (Future<HistoryRecorder.BulkRecording> outcome : recording) {
                outcomes.add(outcome.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recording the SSD's events", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not record the SSD's events", e.getCause());
        } finally {
            workers.shutdownNow();
        }
        List<ImportedRow> recorded = new ArrayList<>();
        for (int i = 0; i < bulks.size(); i++) {
            HistoryRecorder.BulkRecording outcome = outcomes.get(i);
            report.stored += outcome.recorded().stored();
            report.alreadyRecorded += outcome.recorded().alreadyRecorded();
            for (String child : bulks.get(i)) {
                ChildChanges changes = night.byChild.get(child);
                RuntimeException why = outcome.refused().get(child);
                if (why == null) {
                    recorded.addAll(changes.rows);
                    report.corrections += changes.corrections.size();
                    report.retractions += changes.retractions.size();
                    report.retractionsOfRowsGone += changes.retractionsOfRowsGone;
                } else {
                    report.refusedChildren.add(new RefusedChild(child, reason(why)));
                }
            }
        }
        store.save(recorded);
    }

    private HistoryRecorder.BulkRecording recordLogged(Night night, List<String> children) {
        Map<String, List<ChildCaseEvent>> bulk = new LinkedHashMap<>();
        for (String child : children) {
            List<ChildCaseEvent> events = night.byChild.get(child).events();
            if (!events.isEmpty()) {
                bulk.put(child, events);
            }
        }
        if (bulk.isEmpty()) {
            return new HistoryRecorder.BulkRecording(new RecordingOutcome(0, 0), Map.of());
        }
        try {
            return recorder.recordChildrenInStep(bulk);
        } catch (RuntimeException unexpected) {
            log.error("Could not record {} children's events from the SSD", bulk.size(), unexpected);
            Map<String, RuntimeException> refused = new LinkedHashMap<>();
            bulk.keySet().forEach(child -> refused.put(child, unexpected));
            return new HistoryRecorder.BulkRecording(new RecordingOutcome(0, 0), refused);
        }
    }

    private static String reason(RuntimeException why) {
        if (why instanceof InvalidEventException invalid) {
            return invalid.problems().stream().map(FieldProblem::toString).collect(Collectors.joining("; "));
        }
        return why.getMessage();
    }

    /** Tonight's changes, child by child. */
    private final class Night {

        private final LocalDate date;
        private final Instant now;
        private final boolean backfill;
        private final Map<String, ChildChanges> byChild = new TreeMap<>();

        Night(LocalDate date, Instant now, boolean backfill) {
            this.date = date;
            this.now = now;
            this.backfill = backfill;
        }

        void compare(MappedRow row, ImportedRow before, Report report) {
            boolean sameChild = before != null && before.childId().equals(row.childId());
            boolean latestState = row.table().keepsLatestStateOnly();
            Map<String, String> fingerprints = latestState && sameChild
                    ? LatestState.remembered(before.fingerprints(), row.fingerprints()) : row.fingerprints();
            ImportedRow after = ImportedRow.of(row, fingerprints);
            if (before != null && !before.vanished() && before.events().equals(after.events()) && sameChild) {
                report.unchanged++;
                return;
            }
            ChildChanges changes = child(row.childId());
            changes.rows.add(after);
            Map<String, String> earlier = sameChild ? before.fingerprints() : Map.of();
            // A latest-state row's events stayed recorded while it was gone: its return restores nothing.
            boolean restoring = sameChild && before.vanished() && !latestState;
            for (ChildCaseEvent event : row.events()) {
                String known = earlier.get(event.eventId());
                if (known == null) {
                    changes.added.add(stampedAsNew(event));
                } else if (restoring || !known.equals(fingerprints.get(event.eventId()))) {
                    changes.corrections.add(correction(event, fingerprints.get(event.eventId()), row, restoring));
                }
            }
            if (before != null && (!before.vanished() || latestState)) {
                // What the row no longer gives (or gave another child, before the case system moved it) is taken back.
                ChildChanges previousChild = child(before.childId());
                before.fingerprints().keySet().stream()
                      .filter(id -> !sameChild || !fingerprints.containsKey(id))
                      .forEach(id -> previousChild.retractions.add(retraction(before, id,
                              sameChild ? "no longer gives this event" : "is now about child " + row.childId())));
            }
        }

        void vanished(ImportedRow row) {
            ChildChanges changes = child(row.childId());
            changes.rows.add(row.asVanished());
            if (SsdTable.named(row.table()).map(SsdTable::keepsLatestStateOnly).orElse(false)) {
                // Gone from a latest-state table (support ended, say): what it recorded still happened.
                return;
            }
            row.fingerprints().keySet().forEach(id -> changes.retractions.add(retraction(row, id, "is no longer in the extract")));
            changes.retractionsOfRowsGone += row.fingerprints().size();
        }

        private ChildChanges child(String childId) {
            return byChild.computeIfAbsent(childId, c -> new ChildChanges());
        }

        private ChildCaseEvent stampedAsNew(ChildCaseEvent event) {
            Instant recordedAt = backfill ? historyTime.of(event.occurredAt()) : now;
            return RecordCopy.with(event, Map.of("recordedAt", recordedAt));
        }

        private CorrectionRecorded correction(ChildCaseEvent event, String fingerprint, MappedRow row, boolean restoring) {
            ChildCaseEvent replacement = RecordCopy.with(event, Map.of("recordedAt", now));
            return new CorrectionRecorded(row.childId(), SsdEventIds.correction(event.eventId(), fingerprint, date), date,
                    now, SsdMapping.RECORDED_BY, event.eventId(),
                    row.table().tableName() + " row " + row.rowId()
                            + (restoring ? " is back in the extract" : " changed in the extract"), replacement);
        }

        private RetractionRecorded retraction(ImportedRow row, String eventId, String why) {
            return new RetractionRecorded(row.childId(), SsdEventIds.retraction(eventId, date), date, now,
                    SsdMapping.RECORDED_BY, eventId, row.table() + " row " + row.rowId() + " " + why);
        }
    }

    /** One child's changes tonight, and the rows they come from (kept only when the child's events are recorded). */
    private static final class ChildChanges {

        private final List<ChildCaseEvent> added = new ArrayList<>();
        private final List<ChildCaseEvent> corrections = new ArrayList<>();
        private final List<ChildCaseEvent> retractions = new ArrayList<>();
        private final List<ImportedRow> rows = new ArrayList<>();
        private int retractionsOfRowsGone;

        /**
         * Corrections and retractions first, then what is new in the order it happened: a new visit
         * may fall in a plan whose dates a correction has just moved.
         */
        List<ChildCaseEvent> events() {
            List<ChildCaseEvent> events = new ArrayList<>(corrections);
            events.addAll(retractions);
            added.sort(SsdEventOrder.CHRONOLOGICAL);
            events.addAll(added);
            return events;
        }
    }

    /** The report, filled in as the night goes. */
    private static final class Report {

        private final String source;
        private final boolean backfill;
        private final Map<String, Integer> rowsRead;
        private final List<String> absent;
        private final List<UnreadableTable> unreadable;
        private final List<IgnoredTable> ignored;
        private final List<SsdRowProblem> problems;
        private final List<RefusedChild> refusedChildren = new ArrayList<>();
        private int stored;
        private int alreadyRecorded;
        private int unchanged;
        private int corrections;
        private int retractions;
        private int retractionsOfRowsGone;

        Report(String source, boolean backfill, Map<String, Integer> rowsRead, List<String> absent,
               List<UnreadableTable> unreadable, List<IgnoredTable> ignored, List<SsdRowProblem> problems) {
            this.source = source;
            this.backfill = backfill;
            this.rowsRead = rowsRead;
            this.absent = absent;
            this.unreadable = unreadable;
            this.ignored = ignored;
            this.problems = problems;
        }

        SsdImportReport refused(String why, List<VanishedTable> tables) {
            return new SsdImportReport(source, backfill, rowsRead, absent, unreadable, ignored, 0, 0, 0, 0, 0, 0, problems,
                                       List.of(), why, tables);
        }

        SsdImportReport done() {
            return new SsdImportReport(source, backfill, rowsRead, absent, unreadable, ignored, stored, alreadyRecorded,
                                       unchanged, corrections, retractions, retractionsOfRowsGone, problems,
                                       refusedChildren, null, List.of());
        }
    }
}
