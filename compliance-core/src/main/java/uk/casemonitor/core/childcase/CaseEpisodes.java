package uk.casemonitor.core.childcase;

import uk.casemonitor.core.recording.Periods;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dated periods of each episode of one child's case, built from the events in the order they
 * were recorded, exactly as the {@link ChildCase} aggregate keeps them. Public so that checks on the
 * record (overlapping placements or plans) read the periods the aggregate judged events against.
 */
public final class CaseEpisodes {

    private final Map<CaseEpisode, Periods> episodes = new EnumMap<>(CaseEpisode.class);

    /** The episodes of a whole stream, in recorded order. */
    public static CaseEpisodes of(Iterable<? extends ChildCaseEvent> stream) {
        CaseEpisodes episodes = new CaseEpisodes();
        stream.forEach(episodes::apply);
        return episodes;
    }

    public void apply(ChildCaseEvent event) {
        LocalDate date = event.occurredAt();
        if (event instanceof PlacementChanged || event instanceof CeasedToBeLookedAfter) {
            sourced(CaseEpisode.PLACEMENT).end(date);
        }
        if (event instanceof PlacementChanged) {
            sourced(CaseEpisode.PLACEMENT).start(date);
        }
        if (event instanceof BecameCareLeaver && !sourced(CaseEpisode.CARE_LEAVER).isOpen()) {
            sourced(CaseEpisode.CARE_LEAVER).start(date);
        }
        EpisodeEffects.ends(event).ifPresent(episode -> sourced(episode).end(date));
        EpisodeEffects.starts(event).ifPresent(episode -> sourced(episode).start(date));
        if (event instanceof CaseClosed) {
            episodes.values().forEach(periods -> periods.end(date));
        }
    }

    /** Read-only: the periods of one kind of episode, none if it never started. */
    public Periods periods(CaseEpisode episode) {
        return episodes.getOrDefault(episode, Periods.NONE);
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
