package uk.casemonitor.core.rules;

import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.CaseEpisodes;
import uk.casemonitor.core.childcase.CareLeaverStatus;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.PlacementChanged;
import uk.casemonitor.core.childcase.PlacementStarted;
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
import java.util.List;

/**
 * What is true of a child or carer at the point the engine has reached in their history: open
 * episodes and when they started, age, placement, care-leaver status, allocation. Rules read it to
 * decide whether they apply and which timescale governs the next deadline. Episodes are the one
 * model the aggregate also judges events by ({@link CaseEpisodes}), applied here as events happened.
 */
final class CaseContext {

    private final CaseEpisodes episodes = new CaseEpisodes();
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
    private LocalDate reached;

    void apply(PracticeEvent event) {
        reached = event.occurredAt();
        if (event instanceof ChildCaseEvent childEvent) {
            episodes.apply(childEvent);
        }
        LocalDate date = event.occurredAt();
        if (event instanceof ChildDetailsRecorded details) {
            dateOfBirth = details.dateOfBirth();
        } else if (event instanceof ReferralReceived) {
            latestReferral = date;
        } else if (event instanceof ChildProtectionPlanStarted) {
            childProtectionPlanStarts.add(date);
        } else if (event instanceof ChildProtectionPlanEnded) {
            childProtectionPlanEnds.add(date);
        } else if (event instanceof PlacementStarted placement) {
            placementLongTerm = Boolean.TRUE.equals(placement.longTerm());
        } else if (event instanceof PlacementChanged placement) {
            placementLongTerm = Boolean.TRUE.equals(placement.longTerm());
        } else if (event instanceof BecameCareLeaver careLeaver) {
            careLeaverStatus = careLeaver.status();
        } else if (event instanceof CaseClosed) {
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
        return episodes.isOpen(episode);
    }

    /** The start of the open episode, or null when it is not open. */
    public LocalDate startOf(CaseEpisode episode) {
        return episodes.startOf(episode);
    }

    /** The child's episodes so far, as the events applied have opened and closed them. */
    CaseEpisodes episodes() {
        return episodes;
    }

    /** The date of the latest event applied: how far the history has been followed. */
    public LocalDate reached() {
        return reached;
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
