package uk.casemonitor.tools.generator.ssd;

import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.tools.generator.GeneratedSubject;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated authority as two nights of its Standard Safeguarding Dataset: {@code night-1/} and
 * {@code night-2/}, each a folder of {@code <table>.csv} files as an authority would hand them over.
 * The second night is the history as generated, up to its last day; the first is the day before
 * (see {@link NightOne}). Children are written one at a time, so a large authority streams through.
 * Foster carers are not in the SSD.
 */
public final class SsdExtract {

    public static final String NIGHT_ONE = "night-1";
    public static final String NIGHT_TWO = "night-2";

    private final SecondNight changes;

    public SsdExtract(SecondNight changes) {
        this.changes = changes;
    }

    /**
     * @param lastDay the generated history's last day: the second night's extract runs that night
     */
    @SuppressWarnings("unchecked")
    public SsdExtractSummary write(Iterable<GeneratedSubject<?>> subjects, LocalDate lastDay, Path folder) {
        long started = System.nanoTime();
        NightOne nightOne = new NightOne(changes, lastDay);
        Path one = folder.resolve(NIGHT_ONE);
        Path two = folder.resolve(NIGHT_TWO);
        Staff staffOne = new Staff();
        Staff staffTwo = new Staff();
        Map<SsdTable, SsdExtractSummary.Changes> differences = new EnumMap<>(SsdTable.class);
        long children = 0;
        long mistyped = 0;
        long duplicates = 0;
        long allocationsWithdrawn = 0;
        long workerChanges = 0;
        Map<SsdTable, Long> nightOneRows;
        Map<SsdTable, Long> nightTwoRows;
        try (TableFiles first = new TableFiles(one); TableFiles second = new TableFiles(two)) {
            for (GeneratedSubject<?> subject : subjects) {
                if (!subject.isChild()) {
                    continue;
                }
                children++;
                List<ChildCaseEvent> history = (List<ChildCaseEvent>) subject.events();
                List<ChildCaseEvent> knownOnNightOne = nightOne.events(history);
                mistyped += mistypedVisits(history, knownOnNightOne);
                List<SsdRow> rowsOne = nightOne.rows(subject.id(), knownOnNightOne);
                List<SsdRow> rowsTwo = ChildRows.of(subject.id(), history);
                for (SsdRow row : rowsOne) {
                    first.write(row);
                    staffOne.saw(row);
                    if (row.id().length() > 9 && Long.parseLong(row.id()) > NightOne.DUPLICATE_ID_OFFSET) {
                        duplicates++;
                    }
                }
                for (SsdRow row : rowsTwo) {
                    second.write(row);
                    staffTwo.saw(row);
                }
                workerChanges += compare(rowsOne, rowsTwo, differences);
                allocationsWithdrawn += AllocationsPassedOn.withdrawn(rowsOne, rowsTwo);
            }
            List<SsdRow> staffRowsOne = staffOne.rows();
            List<SsdRow> staffRowsTwo = staffTwo.rows();
            staffRowsOne.forEach(first::write);
            staffRowsTwo.forEach(second::write);
            compare(staffRowsOne, staffRowsTwo, differences);
            nightOneRows = first.counts();
            nightTwoRows = second.counts();
        }
        return new SsdExtractSummary(one, two, nightOneRows, nightTwoRows, differences, children, mistyped, duplicates,
                                     allocationsWithdrawn, workerChanges, Duration.ofNanos(System.nanoTime() - started));
    }

    private static long mistypedVisits(List<ChildCaseEvent> history, List<ChildCaseEvent> knownOnNightOne) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (ChildCaseEvent event : history) {
            if (event instanceof VisitMade) {
                dates.put(event.eventId(), event.occurredAt());
            }
        }
        return knownOnNightOne.stream()
                              .filter(event -> event instanceof VisitMade && !event.occurredAt().equals(dates.get(event.eventId())))
                              .count();
    }

    /** Adds the differences between one child's (or the staff's) rows on the two nights; answers the new changes of worker. */
    private static long compare(List<SsdRow> one, List<SsdRow> two, Map<SsdTable, SsdExtractSummary.Changes> differences) {
        Map<String, SsdRow> before = new HashMap<>();
        for (SsdRow row : one) {
            before.put(row.table().tableName() + '/' + row.id(), row);
        }
        long workerChanges = 0;
        for (SsdRow row : two) {
            SsdRow was = before.remove(row.table().tableName() + '/' + row.id());
            if (was == null) {
                add(differences, row.table(), new SsdExtractSummary.Changes(1, 0, 0));
                if (row.table() == SsdTable.INVOLVEMENTS && !row.value("invo_worker_change_reason").isEmpty()) {
                    workerChanges++;
                }
            } else if (!was.equals(row)) {
                add(differences, row.table(), new SsdExtractSummary.Changes(0, 1, 0));
            }
        }
        for (SsdRow vanished : before.values()) {
            add(differences, vanished.table(), new SsdExtractSummary.Changes(0, 0, 1));
        }
        return workerChanges;
    }

    private static void add(Map<SsdTable, SsdExtractSummary.Changes> differences, SsdTable table,
                            SsdExtractSummary.Changes change) {
        differences.merge(table, change, SsdExtractSummary.Changes::plus);
    }
}
