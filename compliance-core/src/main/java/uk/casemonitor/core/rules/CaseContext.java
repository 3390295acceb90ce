package uk.casemonitor.core.rules;

import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.CareLeaverStatus;
import uk.casemonitor.core.childcase.CeasedToBeLookedAfter;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.ChildInNeedPlanEnded;
import uk.casemonitor.core.childcase.ChildInNeedPlanStarted;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.PlacementChanged;
import uk.casemonitor.core.childcase.PlacementEnded;
import uk.casemonitor.core.childcase.PlacementStarted;
import uk.casemonitor.core.childcase.PrivateFosteringEnded;
import uk.casemonitor.core.childcase.PrivateFosteringNotified;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.TeamAssigned;
import uk.casemonitor.core.childcase.WorkerAllocated;
import uk.casemonitor.core.fostercarer.CarerType;
import uk.casemonitor.core.fostercarer.FosterCarerApproved;
import uk.casemonitor.core.fostercarer.FosterCarerDeregistered;
import uk.casemonitor.core.fostercarer.FosterCarerTeamAssigned;
import uk.casemonitor.core.fostercarer.SupervisingSocialWorkerAllocated;
import uk.casemonitor.core.recording.PracticeEvent;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What is true of a child or carer at the point the engine has reached in their history: open
 * episodes and when they started, age, placement, care-leaver status, allocation. Rules read it to
 * decide whether they apply and which timescale governs the next deadline.
 */
public final class CaseContext {

    private final Map<CaseEpisode, LocalDate> openEpisodes = new EnumMap<>(CaseEpisode.class);
    private final List<LocalDate> childProtectionPlanStarts = new ArrayList<>();
    private final List<LocalDate> childProtectionPlanEnds = new ArrayList<>();
    private LocalDate dateOfBirth;
    private boolean placementLongTerm;
    private CareLeaverStatus careLeaverStatus;
    private LocalDate latestReferral;
    private LocalDate approvedOn;
    private CarerType carerType;
    private String teamId;
    private String workerId;

    void apply(PracticeEvent event) {
        LocalDate date = event.occurredAt();
        if (event instanceof ChildDetailsRecorded details) {
            dateOfBirth = details.dateOfBirth();
        } else if (event instanceof ReferralReceived) {
            latestReferral = date;
        } else if (event instanceof ChildProtectionPlanStarted) {
            childProtectionPlanStarts.add(date);
            openEpisodes.put(CaseEpisode.CHILD_PROTECTION_PLAN, date);
        } else if (event instanceof ChildProtectionPlanEnded) {
            childProtectionPlanEnds.add(date);
            openEpisodes.remove(CaseEpisode.CHILD_PROTECTION_PLAN);
        } else if (event instanceof ChildInNeedPlanStarted) {
            openEpisodes.put(CaseEpisode.CHILD_IN_NEED_PLAN, date);
        } else if (event instanceof ChildInNeedPlanEnded) {
            openEpisodes.remove(CaseEpisode.CHILD_IN_NEED_PLAN);
        } else if (event instanceof BecameLookedAfter) {
            openEpisodes.put(CaseEpisode.LOOKED_AFTER, date);
        } else if (event instanceof CeasedToBeLookedAfter) {
            openEpisodes.remove(CaseEpisode.LOOKED_AFTER);
            openEpisodes.remove(CaseEpisode.PLACEMENT);
        } else if (event instanceof PlacementStarted placement) {
            openEpisodes.put(CaseEpisode.PLACEMENT, date);
            placementLongTerm = Boolean.TRUE.equals(placement.longTerm());
        } else if (event instanceof PlacementChanged placement) {
            openEpisodes.put(CaseEpisode.PLACEMENT, date);
            placementLongTerm = Boolean.TRUE.equals(placement.longTerm());
        } else if (event instanceof PlacementEnded) {
            openEpisodes.remove(CaseEpisode.PLACEMENT);
        } else if (event instanceof BecameCareLeaver careLeaver) {
            openEpisodes.putIfAbsent(CaseEpisode.CARE_LEAVER, date);
            careLeaverStatus = careLeaver.status();
        } else if (event instanceof PrivateFosteringNotified) {
            openEpisodes.put(CaseEpisode.PRIVATE_FOSTERING, date);
        } else if (event instanceof PrivateFosteringEnded) {
            openEpisodes.remove(CaseEpisode.PRIVATE_FOSTERING);
        } else if (event instanceof CaseClosed) {
            openEpisodes.clear();
            careLeaverStatus = null;
        } else if (event instanceof TeamAssigned team) {
            teamId = team.teamId();
        } else if (event instanceof WorkerAllocated worker) {
            workerId = worker.workerId();
        } else if (event instanceof FosterCarerApproved approval) {
            approvedOn = date;
            carerType = approval.carerType();
        } else if (event instanceof FosterCarerDeregistered) {
            approvedOn = null;
        } else if (event instanceof FosterCarerTeamAssigned team) {
            teamId = team.teamId();
        } else if (event instanceof SupervisingSocialWorkerAllocated worker) {
            workerId = worker.workerId();
        }
    }

    public boolean isOpen(CaseEpisode episode) {
        return openEpisodes.containsKey(episode);
    }

    public LocalDate startOf(CaseEpisode episode) {
        return openEpisodes.get(episode);
    }

    /** Age in whole years on a date, or -1 when no date of birth is recorded. */
    public int ageOn(LocalDate date) {
        return dateOfBirth == null ? -1 : Period.between(dateOfBirth, date).getYears();
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public boolean placementIsLongTerm() {
        return placementLongTerm;
    }

    public CareLeaverStatus careLeaverStatus() {
        return careLeaverStatus;
    }

    public LocalDate latestReferral() {
        return latestReferral;
    }

    public boolean isApproved() {
        return approvedOn != null;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public CarerType carerType() {
        return carerType;
    }

    public List<LocalDate> childProtectionPlanStarts() {
        return Collections.unmodifiableList(childProtectionPlanStarts);
    }

    public List<LocalDate> childProtectionPlanEnds() {
        return Collections.unmodifiableList(childProtectionPlanEnds);
    }

    public String teamId() {
        return teamId;
    }

    public String workerId() {
        return workerId;
    }
}
