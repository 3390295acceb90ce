package uk.casemonitor.imports.ssd;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What to remember of a row from a table that keeps only each young person's latest state
 * ({@link SsdTable#keepsLatestStateOnly()}). Its events are named by kind and by what orders them
 * ({@code ...:contact:2026-11-03}, {@code ...:status:2-relevant}). An event the row gave before and no
 * longer gives still happened, and stays recorded: last month's latest contact is history once a
 * later one is the latest. Only when tonight's row gives the same kind at or before it has the case
 * system gone back on it (a latest contact can only move on, so a later one was a mistake, and a
 * finding kept instead of a contact is put right by the contact itself).
 */
final class LatestState {

    private LatestState() {
    }

    /**
     * @param before  the row's events as last remembered, id to fingerprint
     * @param tonight what the row gives tonight
     * @return tonight's events with those of before that still stand, in id order so that the same
     *         state is always remembered alike; what of before is missing from it is to be retracted
     */
    static Map<String, String> remembered(Map<String, String> before, Map<String, String> tonight) {
        Map<String, String> remembered = new TreeMap<>(tonight);
        before.forEach((id, fingerprint) -> {
            if (!tonight.containsKey(id) && !wentBackOn(id, tonight)) {
                remembered.put(id, fingerprint);
            }
        });
        return remembered;
    }

    private static boolean wentBackOn(String earlierId, Map<String, String> tonight) {
        Optional<Place> earlier = Place.of(earlierId);
        return earlier.isPresent() && tonight.keySet().stream().map(Place::of).flatMap(Optional::stream)
                .anyMatch(now -> now.kind().equals(earlier.get().kind()) && now.order().compareTo(earlier.get().order()) <= 0);
    }

    /** An event's kind and order, the last two parts of its id. */
    private record Place(String kind, String order) {

        static Optional<Place> of(String eventId) {
            int last = eventId.lastIndexOf(':');
            int before = last > 0 ? eventId.lastIndexOf(':', last - 1) : -1;
            return before < 0 ? Optional.empty()
                    : Optional.of(new Place(eventId.substring(before + 1, last), eventId.substring(last + 1)));
        }
    }
}
