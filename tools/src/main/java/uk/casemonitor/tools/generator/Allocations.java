package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.Workforce.Team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who held a child's (or carer's) case when: a run of stints, each one team and one allocated
 * worker from a date. Practice is recorded by whoever held the case on the day it happened.
 */
final class Allocations {

    /** One worker holding the case for one team, from a date until the next stint or the case closing. */
    record Stint(Team team, String worker, LocalDate from, LocalDate until) {
    }

    /** A change of worker within the team, to be recorded as an allocation. */
    record Reallocation(LocalDate on, String worker) {
    }

    private final List<Stint> stints = new ArrayList<>();

    boolean isHeldBy(Workforce.TeamKind kind) {
        return !stints.isEmpty() && last().until() == null && last().team().kind() == kind;
    }

    void assign(Team team, String worker, LocalDate from) {
        end(from);
        stints.add(new Stint(team, worker, from, null));
    }

    /** The case closed, or moved on: nobody holds it after this day. */
    void end(LocalDate on) {
        if (!stints.isEmpty() && last().until() == null) {
            Stint open = last();
            stints.set(stints.size() - 1, new Stint(open.team(), open.worker(), open.from(), on));
        }
    }

    String workerOn(LocalDate date) {
        return stintOn(date).worker();
    }

    String managerOn(LocalDate date) {
        return stintOn(date).team().managerId();
    }

    /**
     * Workers leave, go off sick, change teams: within each stint the case changes hands at the given
     * yearly rate, to another worker of the same team. Splits the stints accordingly.
     */
    List<Reallocation> reallocate(Chance chance, double perYear, LocalDate end) {
        List<Reallocation> reallocations = new ArrayList<>();
        if (perYear <= 0) {
            return reallocations;
        }
        List<Stint> split = new ArrayList<>();
        for (Stint stint : stints) {
            LocalDate until = stint.until() == null || stint.until().isAfter(end) ? end : stint.until();
            Stint current = stint;
            LocalDate change = stint.from().plusDays(1 + chance.exponentialDays(365 / perYear));
            while (change.isBefore(until) && current.team().kind().allocatesWorker && current.team().workers().size() > 1) {
                String next = current.worker();
                while (next.equals(current.worker())) {
                    next = chance.pick(current.team().workers());
                }
                split.add(new Stint(current.team(), current.worker(), current.from(), change));
                current = new Stint(current.team(), next, change, stint.until());
                reallocations.add(new Reallocation(change, next));
                change = change.plusDays(1 + chance.exponentialDays(365 / perYear));
            }
            split.add(current);
        }
        stints.clear();
        stints.addAll(split);
        return reallocations;
    }

    private Stint stintOn(LocalDate date) {
        Stint holder = stints.get(0);
        for (Stint stint : stints) {
            if (stint.from().isAfter(date)) {
                break;
            }
            holder = stint;
        }
        return holder;
    }

    private Stint last() {
        return stints.get(stints.size() - 1);
    }
}
