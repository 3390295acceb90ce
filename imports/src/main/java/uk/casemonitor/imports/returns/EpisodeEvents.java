package uk.casemonitor.imports.returns;

import uk.casemonitor.imports.returns.Ssda903Reader.Episode;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CeasedToBeLookedAfter;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.PlacementChanged;
import uk.casemonitor.core.childcase.PlacementStarted;
import uk.casemonitor.core.recording.Periods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static uk.casemonitor.imports.returns.Ssda903Codes.LONG_TERM_PLACEMENTS;
import static uk.casemonitor.imports.returns.Ssda903Codes.PLACEMENT_CHANGES;
import static uk.casemonitor.imports.returns.Ssda903Codes.STARTED_TO_BE_LOOKED_AFTER;

/**
 * A child's SSDA903 episodes as events: a period of care starts (RNE S), the placement changes
 * (RNE P, T, U or B), the period ends (REC other than X1). A change of legal status alone (RNE L)
 * is not an event the monitor records.
 */
final class EpisodeEvents {

    static final String RECORDED_BY = "ssda903-import";

    private final ImportedRecordingTime time;

    EpisodeEvents(ImportedRecordingTime time) {
        this.time = time;
    }

    /**
     * @param episodes one child's episodes in date order, already checked to form a chain
     */
    List<ReturnEvent> of(String child, List<Episode> episodes, ChildHistory history) {
        List<ReturnEvent> events = new ArrayList<>();
        Episode previous = null;
        for (Episode episode : episodes) {
            if (STARTED_TO_BE_LOOKED_AFTER.equals(episode.reasonForNewEpisode())) {
                opensPeriodOfCare(episode, events);
            } else if (previous == null) {
                continuesEarlierPeriodOfCare(episode, history, events);
            } else if (PLACEMENT_CHANGES.contains(episode.reasonForNewEpisode())) {
                // The reason a placement changed is recorded on the episode whose placement ended.
                events.add(event(episode, new PlacementChanged(child, id(episode, "placement-changed"),
                        episode.started(), time.of(episode.started()), RECORDED_BY, episode.placementType(),
                        longTerm(episode), previous.reasonPlaceChange()), "DECOM"));
            }
            if (episode.endsPeriodOfCare()) {
                events.add(event(episode, new CeasedToBeLookedAfter(child, id(episode, "ceased"), episode.ceased(),
                        time.of(episode.ceased()), RECORDED_BY, episode.reasonCeased()), "DEC"));
            }
            previous = episode;
        }
        return events;
    }

    private void opensPeriodOfCare(Episode episode, List<ReturnEvent> events) {
        events.add(event(episode, new BecameLookedAfter(episode.child(), openingId(episode), episode.started(),
                time.of(episode.started()), RECORDED_BY, episode.legalStatus()), "DECOM"));
        events.add(event(episode, new PlacementStarted(episode.child(), id(episode, "placement-started"),
                episode.started(), time.of(episode.started()), RECORDED_BY, episode.placementType(),
                longTerm(episode)), "DECOM"));
    }

    /**
     * The first episode in the return is not a start (RNE S): the period of care began in an
     * earlier year. If an earlier return's import already has the child looked after on that date,
     * this episode adds nothing new; otherwise the period is opened here, on this episode's start,
     * the earliest date this return knows of.
     */
    private void continuesEarlierPeriodOfCare(Episode episode, ChildHistory history, List<ReturnEvent> events) {
        List<ChildCaseEvent> known = history.eventsOf(episode.child());
        boolean openedByThisImport = known.stream().anyMatch(e -> e.eventId().equals(openingId(episode)));
        if (openedByThisImport || !lookedAfterOn(known, episode.started())) {
            opensPeriodOfCare(episode, events);
        }
    }

    static boolean lookedAfterOn(List<ChildCaseEvent> known, LocalDate date) {
        Periods lookedAfter = new Periods();
        known.stream().sorted(Comparator.comparing(ChildCaseEvent::occurredAt)).forEach(event -> {
            if (event instanceof BecameLookedAfter && !lookedAfter.isOpen()) {
                lookedAfter.start(event.occurredAt());
            } else if (event instanceof CeasedToBeLookedAfter || event instanceof CaseClosed) {
                lookedAfter.end(event.occurredAt());
            }
        });
        return lookedAfter.covers(date);
    }

    private static boolean longTerm(Episode episode) {
        return LONG_TERM_PLACEMENTS.contains(episode.placementType());
    }

    private static String openingId(Episode episode) {
        return id(episode, "became-looked-after");
    }

    /** An episode is identified by its child and start date, whichever year's return it comes in. */
    private static String id(Episode episode, String what) {
        return "ssda903:episode:" + episode.child() + ":" + episode.started() + ":" + what;
    }

    private static ReturnEvent event(Episode episode, ChildCaseEvent event, String column) {
        return new ReturnEvent(event, episode.source(), column);
    }
}
