package uk.casemonitor.tools.generator;

import uk.casemonitor.core.recording.PracticeEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One child's or carer's events as they are generated, in any order, turned at the end into the
 * stream the monitor would hold: in date order, nothing after the history's last day, and before
 * its first day only what a migration from a previous system would have brought over.
 *
 * <p>That migration keeps every milestone (referrals, plans and episodes starting and ending,
 * placements, closures) and, of the recurring practice (visits, reviews, oversight...), only the
 * latest of each kind, so that the obligations running at the start of the history have a known
 * last occurrence. Dropping recurring practice never breaks the stream's invariants: only
 * milestones open, end or close episodes.
 */
final class SubjectHistory<E extends PracticeEvent> {

    /** Who recorded an event, settled once the history is complete (allocations can still change until then). */
    @FunctionalInterface
    interface Recorder {
        String on(LocalDate date);
    }

    private record Entry<E extends PracticeEvent>(LocalDate on, int order, Instant recordedAt, Recorder by,
                                                  EventFactory<E> event) {
    }

    private final List<Entry<E>> entries = new ArrayList<>();
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final RecordingLag lag;
    private final Chance chance;

    SubjectHistory(LocalDate firstDay, LocalDate lastDay, RecordingLag lag, Chance chance) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.lag = lag;
        this.chance = chance;
    }

    /** Anything dated after the history's last day has not happened yet, and is left out. */
    void add(LocalDate on, Recorder by, EventFactory<E> event) {
        if (!on.isAfter(lastDay)) {
            entries.add(new Entry<>(on, entries.size(), lag.recordedAt(on, chance), by, event));
        }
    }

    /** Whether the subject is still known to the authority within the history, or only before it. */
    boolean reachesFirstDay() {
        return entries.stream().anyMatch(entry -> !entry.on().isBefore(firstDay));
    }

    /**
     * The stream, with event ids taken in order from {@code eventIds}.
     *
     * @param recurringKind the kind of a recurring event, of which a migration keeps only the
     *                      latest; {@code null} for a milestone, which it always keeps
     */
    List<E> events(String subjectId, EventIds eventIds, Function<E, String> recurringKind) {
        List<Entry<E>> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(Entry<E>::on).thenComparingInt(Entry::order));
        List<Entry<E>> kept = migrated(ordered, recurringKind);
        List<E> events = new ArrayList<>(kept.size());
        for (Entry<E> entry : kept) {
            events.add(make(entry, subjectId, eventIds.next()));
        }
        return events;
    }

    private List<Entry<E>> migrated(List<Entry<E>> ordered, Function<E, String> recurringKind) {
        Set<String> latestKinds = new HashSet<>();
        List<Entry<E>> kept = new ArrayList<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Entry<E> entry = ordered.get(i);
            if (!entry.on().isBefore(firstDay)) {
                kept.add(entry);
                continue;
            }
            String kind = recurringKind.apply(make(entry, "", ""));
            if (kind == null || latestKinds.add(kind)) {
                kept.add(entry);
            }
        }
        Collections.reverse(kept);
        return kept;
    }

    private E make(Entry<E> entry, String subjectId, String eventId) {
        return entry.event().make(subjectId, eventId, entry.on(), entry.recordedAt(), entry.by().on(entry.on()));
    }
}
