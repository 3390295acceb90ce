package uk.casemonitor.tools.generator;

import uk.casemonitor.tools.generator.SubjectHistory.Recorder;
import uk.casemonitor.tools.generator.Workforce.Team;
import uk.casemonitor.tools.generator.Workforce.TeamKind;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.ManagementOversightRecorded;
import uk.casemonitor.core.childcase.TeamAssigned;
import uk.casemonitor.core.childcase.WorkerAllocated;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One child's file as the journey writes it: the child's date of birth, who holds the case, the
 * periods under management oversight, and the events so far. The parts of the journey (front door,
 * plans, care) write into it; {@link #finish()} adds what depends on the whole journey.
 */
final class CaseFile {

    /** How a child who comes into care directly (rather than through a plan) got there. */
    enum CareRoute { NONE, EMERGENCY_PROTECTION, CARE_PROCEEDINGS, UNACCOMPANIED }

    private record Oversight(LocalDate from, LocalDate until, int weeks) {
    }

    final Chance chance;
    final Workforce workforce;
    final PracticeQuality rates;
    final WorkingDays workingDays;
    final LocalDate lastDay;
    final LocalDate dateOfBirth;
    final SubjectHistory<ChildCaseEvent> history;

    private final Allocations allocations = new Allocations();
    private final List<Oversight> oversight = new ArrayList<>();
    private final Map<CaseEpisode, LocalDate> lastEnded = new EnumMap<>(CaseEpisode.class);
    private CareRoute careRoute = CareRoute.NONE;
    private LocalDate lastReferral;
    private boolean detailsRecorded;
    private boolean knownToChildProtection;

    CaseFile(Chance chance, Workforce workforce, GeneratorSettings settings, WorkingDays workingDays,
             RecordingLag lag, LocalDate dateOfBirth) {
        this.chance = chance;
        this.workforce = workforce;
        this.rates = settings.rates();
        this.workingDays = workingDays;
        this.lastDay = settings.endDate();
        this.dateOfBirth = dateOfBirth;
        this.history = new SubjectHistory<>(settings.startDate(), settings.endDate(), lag, chance);
    }

    // --- recording -------------------------------------------------------------------------------

    void record(LocalDate on, Recorder by, EventFactory<ChildCaseEvent> event) {
        history.add(on, by, event);
    }

    void byWorker(LocalDate on, EventFactory<ChildCaseEvent> event) {
        record(on, allocations::workerOn, event);
    }

    void byManager(LocalDate on, EventFactory<ChildCaseEvent> event) {
        record(on, allocations::managerOn, event);
    }

    void byChair(LocalDate on, EventFactory<ChildCaseEvent> event) {
        String chair = workforce.conferenceChair(chance);
        record(on, date -> chair, event);
    }

    void byReviewingOfficer(LocalDate on, EventFactory<ChildCaseEvent> event) {
        String officer = workforce.reviewingOfficer(chance);
        record(on, date -> officer, event);
    }

    /** The date of birth is recorded with the first contact. */
    void recordDetailsOnce(LocalDate on) {
        if (!detailsRecorded) {
            detailsRecorded = true;
            byWorker(on, (c, id, d, at, by) -> new ChildDetailsRecorded(c, id, d, at, by, dateOfBirth));
        }
    }

    // --- who holds the case ----------------------------------------------------------------------

    /** The case moves to a team of this kind (a no-op if one already holds it), with a worker allocated unless on duty. */
    void transferTo(TeamKind kind, LocalDate on) {
        if (allocations.isHeldBy(kind)) {
            return;
        }
        Team team = workforce.team(kind, chance);
        String worker = chance.pick(team.workers());
        allocations.assign(team, worker, on);
        byManager(on, (c, id, d, at, by) -> new TeamAssigned(c, id, d, at, by, team.id()));
        if (kind.allocatesWorker) {
            byManager(on, (c, id, d, at, by) -> new WorkerAllocated(c, id, d, at, by, worker));
        }
    }

    boolean isHeldBy(TeamKind kind) {
        return allocations.isHeldBy(kind);
    }

    /** A manager is to look at the case every so many weeks while it is open (local policy: 4 CP, 6 CIN/CLA). */
    void overseeEvery(int weeks, LocalDate from, LocalDate until) {
        oversight.add(new Oversight(from, until, weeks));
    }

    void close(LocalDate on, String reason) {
        byManager(on, (c, id, d, at, by) -> new CaseClosed(c, id, d, at, by, reason));
        allocations.end(on);
    }

    // --- episodes --------------------------------------------------------------------------------

    /** An episode of a kind can start again only the day after the last one ended. */
    LocalDate earliestStart(CaseEpisode episode, LocalDate wanted) {
        LocalDate ended = lastEnded.get(episode);
        return ended != null && !wanted.isAfter(ended) ? ended.plusDays(1) : wanted;
    }

    void ended(CaseEpisode episode, LocalDate on) {
        lastEnded.merge(episode, on, (a, b) -> a.isAfter(b) ? a : b);
    }

    CareRoute careRoute() {
        return careRoute;
    }

    void headForCare(CareRoute route) {
        careRoute = route;
    }

    /** A child who has had a child-protection plan is more likely to come back, and to need one again. */
    boolean knownToChildProtection() {
        return knownToChildProtection;
    }

    void childProtectionPlanMade() {
        knownToChildProtection = true;
    }

    void referredOn(LocalDate on) {
        lastReferral = on;
    }

    LocalDate lastReferral() {
        return lastReferral;
    }

    // --- the child -------------------------------------------------------------------------------

    LocalDate birthday(int age) {
        return dateOfBirth.plusYears(age);
    }

    int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /** The day before the child turns 18, the last day children's (not leaving care) services can hold a plan. */
    LocalDate lastDayAsChild() {
        return birthday(18).minusDays(1);
    }

    // --- dates -----------------------------------------------------------------------------------

    LocalDate workingDays(LocalDate from, int days) {
        return workingDays.after(from, days);
    }

    LocalDate weekdayOnOrBefore(LocalDate date) {
        return workingDays.onOrBefore(date);
    }

    LocalDate weekdayOnOrAfter(LocalDate date) {
        return workingDays.onOrAfter(date);
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // --- finishing -------------------------------------------------------------------------------

    /** Adds what depends on the whole journey: changes of worker and the managers' oversight entries. */
    void finish() {
        for (Allocations.Reallocation change : allocations.reallocate(chance, rates.workerChangesPerYear(), lastDay)) {
            byManager(change.on(), (c, id, d, at, by) -> new WorkerAllocated(c, id, d, at, by, change.worker()));
        }
        for (Oversight period : oversight) {
            LocalDate until = earlier(period.until(), lastDay);
            LocalDate next = nextOversight(period.from(), period.weeks());
            while (!next.isAfter(until)) {
                byManager(next, (c, id, d, at, by) -> new ManagementOversightRecorded(c, id, d, at, by, by));
                next = nextOversight(next, period.weeks());
            }
        }
    }

    private LocalDate nextOversight(LocalDate last, int weeks) {
        int days = weeks * 7;
        int gap = chance.happens(rates.missedOversight())
                ? chance.between(days * 3 / 2, days * 3)
                : chance.between(days - 10, days);
        return weekdayOnOrBefore(last.plusDays(gap));
    }
}
