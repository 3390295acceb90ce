package uk.casemonitor.core.childcase;

import uk.casemonitor.core.childcase.EpisodeEffects.Change;
import uk.casemonitor.core.recording.Periods;
import uk.casemonitor.core.recording.Periods.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dated periods of each episode of one child's case: the one episode model, applying
 * {@link EpisodeEffects}. The order events are applied in is the caller's: the {@link ChildCase}
 * aggregate and the checks on the record (overlapping placements or plans) apply them as recorded,
 * so they read the periods the aggregate judged events against; the compliance engine applies them
 * as they happened.
 */
public final class CaseEpisodes {

    /** One period of one episode; {@code end} is null while it is open. */
    public record Stretch(CaseEpisode episode, LocalDate start, LocalDate end) {
    }

    private final Map<CaseEpisode, Periods> episodes = new EnumMap<>(CaseEpisode.class);
    /** Kept so that the engine can list periods in the order they ended, as it always has. */
    private final List<Stretch> ended = new ArrayList<>();
    /** Episodes whose last period ended because the case closed, not by an end of their own. */
    private final Set<CaseEpisode> endedWithTheCase = EnumSet.noneOf(CaseEpisode.class);

    /** The episodes of a whole stream, in recorded order. */
    public static CaseEpisodes of(Iterable<? extends ChildCaseEvent> stream) {
        CaseEpisodes episodes = new CaseEpisodes();
        stream.forEach(episodes::apply);
        return episodes;
    }

    /** The episode the event can only happen during (a CP visit during a CP plan), if any. */
    public static Optional<CaseEpisode> happensDuring(ChildCaseEvent event) {
        return EpisodeEffects.happensDuring(event);
    }

    /** Whether the event opens an episode (or moves one on), so it sorts before the day's practice. */
    public static boolean begins(ChildCaseEvent event) {
        return EpisodeEffects.changes(event).values().stream()
                .anyMatch(change -> change == Change.START || change == Change.START_UNLESS_OPEN);
    }

    /** Whether the event ends an episode, so it sorts after the day's practice. */
    public static boolean ends(ChildCaseEvent event) {
        return EpisodeEffects.changes(event).containsValue(Change.END);
    }

    public void apply(ChildCaseEvent event) {
        LocalDate date = event.occurredAt();
        boolean closure = event instanceof CaseClosed;
        EpisodeEffects.changes(event).forEach((episode, change) -> {
            switch (change) {
                case START -> start(episode, date);
                case START_UNLESS_OPEN -> {
                    if (!isOpen(episode)) {
                        start(episode, date);
                    }
                }
                case END -> {
                    if (isOpen(episode)) {
                        end(episode, date);
                        if (closure) {
                            endedWithTheCase.add(episode);
                        }
                    } else if (!closure && canEndBeforeTheCaseClosed(episode, date)) {
                        endBeforeTheCaseClosed(episode, date);
                    }
                }
                case NONE -> {
                }
            }
        });
    }

    /**
     * Whether an end on this date, recorded after the case was closed, says when the episode really
     * ended: the closure ended it, and the date falls within the period it ended (a child-in-need
     * plan's end entered after the case was closed, say).
     */
    public boolean canEndBeforeTheCaseClosed(CaseEpisode episode, LocalDate date) {
        return endedWithTheCase.contains(episode) && periods(episode).lastEnded().filter(last -> last.covers(date)).isPresent();
    }

    private void endBeforeTheCaseClosed(CaseEpisode episode, LocalDate date) {
        Period last = periods(episode).lastEnded().orElseThrow();
        sourced(episode).endLastOn(date);
        ended.set(ended.lastIndexOf(new Stretch(episode, last.start(), last.end())), new Stretch(episode, last.start(), date));
        endedWithTheCase.remove(episode);
    }

    /** A second start on the day the open period started is the same period, not a new one of no length. */
    private void start(CaseEpisode episode, LocalDate date) {
        endedWithTheCase.remove(episode);
        Optional<Period> open = periods(episode).current();
        if (open.isPresent() && open.get().start().equals(date)) {
            return;
        }
        end(episode, date);
        sourced(episode).start(date);
    }

    private void end(CaseEpisode episode, LocalDate date) {
        periods(episode).current().ifPresent(open -> {
            sourced(episode).end(date);
            ended.add(new Stretch(episode, open.start(), date));
        });
    }

    /** Read-only: the periods of one kind of episode, none if it never started. */
    public Periods periods(CaseEpisode episode) {
        return episodes.getOrDefault(episode, Periods.NONE);
    }

    public boolean isOpen(CaseEpisode episode) {
        return periods(episode).isOpen();
    }

    /** The start of the open period, or null when the episode is not open. */
    public LocalDate startOf(CaseEpisode episode) {
        return periods(episode).current().map(Period::start).orElse(null);
    }

    /** Every period: those ended, in the order they ended, then those still open. */
    public List<Stretch> stretches() {
        List<Stretch> all = new ArrayList<>(ended);
        episodes.forEach((episode, periods) -> periods.current().ifPresent(open ->
                all.add(new Stretch(episode, open.start(), null))));
        return List.copyOf(all);
    }

    private Periods sourced(CaseEpisode episode) {
        return episodes.computeIfAbsent(episode, e -> new Periods());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseEpisodes that && episodes.equals(that.episodes);
    }

    @Override
    public int hashCode() {
        return episodes.hashCode();
    }

    @Override
    public String toString() {
        return episodes.toString();
    }
}
