package uk.casemonitor.tools.generator;

import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.CareLeaverStatus;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CeasedToBeLookedAfter;
import uk.casemonitor.core.childcase.ChildInNeedPlanEnded;
import uk.casemonitor.core.childcase.ChildInNeedPlanStarted;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.fostercarer.FosterCarerApproved;
import uk.casemonitor.core.fostercarer.FosterCarerDeregistered;
import uk.casemonitor.core.recording.PracticeEvent;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many children (and carers) were open in each kind of episode on given dates, counted from
 * the generated streams the way a performance report would: plans and care episodes from their
 * start and end events, care leavers once out of care, carers while approved.
 */
final class Census {

    enum Count { CHILD_PROTECTION_PLANS, CHILD_IN_NEED_PLANS, LOOKED_AFTER, CARE_LEAVERS, FOSTER_CARERS }

    private final List<LocalDate> dates;
    private final Map<Count, int[]> counts = new EnumMap<>(Count.class);

    Census(List<LocalDate> dates) {
        this.dates = List.copyOf(dates);
        for (Count count : Count.values()) {
            counts.put(count, new int[dates.size()]);
        }
    }

    void add(GeneratedSubject<?> subject) {
        Map<Count, LocalDate> openSince = new EnumMap<>(Count.class);
        for (PracticeEvent event : subject.events()) {
            LocalDate on = event.occurredAt();
            if (event instanceof ChildProtectionPlanStarted) {
                openSince.putIfAbsent(Count.CHILD_PROTECTION_PLANS, on);
            } else if (event instanceof ChildProtectionPlanEnded) {
                close(openSince, Count.CHILD_PROTECTION_PLANS, on);
            } else if (event instanceof ChildInNeedPlanStarted) {
                openSince.putIfAbsent(Count.CHILD_IN_NEED_PLANS, on);
            } else if (event instanceof ChildInNeedPlanEnded) {
                close(openSince, Count.CHILD_IN_NEED_PLANS, on);
            } else if (event instanceof BecameLookedAfter) {
                openSince.putIfAbsent(Count.LOOKED_AFTER, on);
            } else if (event instanceof CeasedToBeLookedAfter) {
                close(openSince, Count.LOOKED_AFTER, on);
            } else if (event instanceof BecameCareLeaver leaver && leaver.status() != CareLeaverStatus.ELIGIBLE) {
                openSince.putIfAbsent(Count.CARE_LEAVERS, on);
            } else if (event instanceof CaseClosed) {
                for (Count count : List.copyOf(openSince.keySet())) {
                    close(openSince, count, on);
                }
            } else if (event instanceof FosterCarerApproved) {
                openSince.putIfAbsent(Count.FOSTER_CARERS, on);
            } else if (event instanceof FosterCarerDeregistered) {
                close(openSince, Count.FOSTER_CARERS, on);
            }
        }
        openSince.forEach((count, since) -> tally(count, since, LocalDate.MAX));
    }

    /** The average count over the census dates. */
    double average(Count count) {
        return java.util.Arrays.stream(counts.get(count)).average().orElse(0);
    }

    int[] counts(Count count) {
        return counts.get(count).clone();
    }

    private void close(Map<Count, LocalDate> openSince, Count count, LocalDate on) {
        LocalDate since = openSince.remove(count);
        if (since != null) {
            tally(count, since, on);
        }
    }

    /** Open on a date means started on or before it and not yet ended. */
    private void tally(Count count, LocalDate from, LocalDate until) {
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            if (!date.isBefore(from) && date.isBefore(until)) {
                counts.get(count)[i]++;
            }
        }
    }
}
