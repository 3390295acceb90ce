package uk.casemonitor.tools.generator.ssd;

import uk.casemonitor.core.childcase.AssessmentCompleted;
import uk.casemonitor.core.childcase.AssessmentStarted;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CeasedToBeLookedAfter;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.ChildInNeedPlanEnded;
import uk.casemonitor.core.childcase.ChildInNeedPlanStarted;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.DentalCheckCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentCompleted;
import uk.casemonitor.core.childcase.InitialChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.core.childcase.PlacementChanged;
import uk.casemonitor.core.childcase.PlacementEnded;
import uk.casemonitor.core.childcase.PlacementStarted;
import uk.casemonitor.core.childcase.ReferralDecision;
import uk.casemonitor.core.childcase.ReferralDecisionMade;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.ReviewChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.Section47EnquiryCompleted;
import uk.casemonitor.core.childcase.Section47EnquiryStarted;
import uk.casemonitor.core.childcase.StrategyDiscussionHeld;
import uk.casemonitor.core.childcase.TeamAssigned;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;
import uk.casemonitor.core.childcase.WorkerAllocated;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.RecordCopy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A child's generated history cut down to what the SSD carries, as a caseworker would have
 * recorded it had the case system only known that much: the expected side of the round trip.
 *
 * <p>Left out: what no SSD table holds (core groups, management oversight, PEPs, CIN plan reviews,
 * private fostering, a care leaver's visits and moves). A care leaver's contacts and pathway plans are
 * only what {@code ssd_care_leavers} showed each night, its latest state: the latest contact and the
 * latest plan as the first night's extract held them and as the second's does, each contact with the
 * young person's accommodation, its suitability and their activity as the row showed them that night.
 * Changed: what a table holds only coarsely, as the CIN census does. The referral decision is dated
 * on the referral (the SSD has only the "no further action" flag); a strategy discussion is known only
 * through the section 47 enquiry it started, on the enquiry's start; a placement's long-term status
 * is only what its SSDA903 code says (U1, U4); a child's details are dated on their birth; a legal
 * status (no column) is unknown; a child back in a placement after days without one (in hospital,
 * missing) has, in ssd_cla_placement, simply moved. Every event is recorded at noon on its day, as
 * a backfill stamps history whose recording time no extract gives.
 */
final class WhatTheSsdCarries {

    private static final Set<String> LONG_TERM_PLACEMENTS = Set.of("U1", "U4");
    private static final Set<Class<?>> IN_THE_SSD_AS_THEY_ARE = Set.of(
            AssessmentStarted.class, AssessmentCompleted.class, Section47EnquiryStarted.class,
            Section47EnquiryCompleted.class, InitialChildProtectionConferenceHeld.class, ChildProtectionPlanStarted.class,
            ChildProtectionPlanEnded.class, ReviewChildProtectionConferenceHeld.class, ChildInNeedPlanStarted.class,
            ChildInNeedPlanEnded.class, LookedAfterReviewHeld.class, HealthAssessmentCompleted.class,
            DentalCheckCompleted.class, CaseClosed.class);
    private static final Set<VisitType> VISITS_IN_THE_SSD = Set.of(VisitType.CHILD_PROTECTION, VisitType.CHILD_IN_NEED,
                                                                   VisitType.LOOKED_AFTER);

    private WhatTheSsdCarries() {
    }

    /** @param nightTwoDay the history's last day, whose early hours the first night's extract ran in */
    static List<ChildCaseEvent> of(List<? extends ChildCaseEvent> history, LocalDate nightTwoDay) {
        List<ChildCaseEvent> carried = new ArrayList<>();
        LocalDate referred = null;
        String team = null;
        ChildCaseEvent previous = null;
        boolean placedInThisCare = false;
        Set<String> passedThrough = involvementsSupersededTheDayTheyStarted(history);
        for (int i = 0; i < history.size(); i++) {
            ChildCaseEvent event = history.get(i);
            ChildCaseEvent kept = null;
            boolean allocation = event instanceof TeamAssigned || event instanceof WorkerAllocated;
            if (allocation && (passedThrough.contains(SsdValues.rowId(event.eventId()))
                               || event instanceof WorkerAllocated && previous instanceof TeamAssigned
                                  && previous.occurredAt().equals(event.occurredAt())
                                  && passedThrough.contains(SsdValues.rowId(previous.eventId())))) {
                previous = event;
                continue;
            }
            if (event instanceof ChildDetailsRecorded details) {
                kept = RecordCopy.with(details, Map.of("occurredAt", details.dateOfBirth()));
            } else if (event instanceof ReferralReceived) {
                referred = event.occurredAt();
                kept = event;
            } else if (event instanceof ReferralDecisionMade decided) {
                ReferralDecision decision = ChildRows.endsAtTheFrontDoor(decided.decision())
                        ? ReferralDecision.NO_FURTHER_ACTION : whatFollowedTheReferral(history, i);
                kept = decision == null ? null : RecordCopy.with(decided, Map.of(
                        "occurredAt", referred == null ? decided.occurredAt() : referred, "decision", decision));
            } else if (event instanceof StrategyDiscussionHeld held) {
                kept = held.section47Initiated() ? held : null;
            } else if (event instanceof BecameLookedAfter became) {
                placedInThisCare = false;
                kept = RecordCopy.with(became, nullLegalStatus());
            } else if (event instanceof CeasedToBeLookedAfter ceased) {
                kept = ceased.reason() == null ? ceased
                        : RecordCopy.with(ceased, Map.of("reason", ChildRows.currentCode(ceased.reason())));
            } else if (event instanceof PlacementEnded ended) {
                kept = placedAgainBeforeLeavingCare(history, i) ? null : ended;
            } else if (event instanceof PlacementStarted started) {
                boolean longTerm = LONG_TERM_PLACEMENTS.contains(started.placementType());
                kept = placedInThisCare
                        ? new PlacementChanged(started.childId(), started.eventId(), started.occurredAt(),
                                               started.recordedAt(), started.recordedBy(), started.placementType(),
                                               longTerm, null)
                        : RecordCopy.with(started, Map.of("longTerm", longTerm));
                placedInThisCare = true;
            } else if (event instanceof PlacementChanged changed) {
                kept = RecordCopy.with(changed, Map.of("longTerm", LONG_TERM_PLACEMENTS.contains(changed.placementType())));
            } else if (event instanceof VisitMade visit) {
                kept = VISITS_IN_THE_SSD.contains(visit.visitType()) ? RecordCopy.with(visit, noReasonNotSeenAlone()) : null;
            } else if (event instanceof TeamAssigned assigned) {
                team = assigned.teamId();
                kept = assigned;
            } else if (event instanceof WorkerAllocated) {
                if (team != null && !(previous instanceof TeamAssigned && previous.occurredAt().equals(event.occurredAt()))) {
                    // An involvement row names the team as well as the worker: the import assigns the team again.
                    carried.add(new TeamAssigned(event.childId(), event.eventId() + "-team", event.occurredAt(),
                                                 event.recordedAt(), event.recordedBy(), team));
                }
                kept = event;
            } else if (event instanceof BecameCareLeaver) {
                kept = event;
            } else if (IN_THE_SSD_AS_THEY_ARE.contains(event.getClass())) {
                kept = event;
            }
            if (kept != null) {
                carried.add(kept);
            }
            previous = event;
        }
        carried.addAll(CareLeaverRow.asImportedOverTwoNights(history, nightTwoDay));
        carried.sort(Comparator.comparing(ChildCaseEvent::occurredAt));
        return carried.stream().map(WhatTheSsdCarries::stampedAtNoon).toList();
    }

    private static Map<String, Object> nullLegalStatus() {
        Map<String, Object> changes = new HashMap<>();
        changes.put("legalStatus", null);
        return changes;
    }

    private static Map<String, Object> noReasonNotSeenAlone() {
        Map<String, Object> changes = new HashMap<>();
        changes.put("reasonNotSeenAlone", null);
        return changes;
    }

    /**
     * A team or worker the case passed through on a day it moved on again (to children in care the
     * day an assessment team took it, say) held it for no day: the import allocates nothing for that
     * involvement, so that whichever of the day's rows reaches the monitor first, the day ends with
     * the one that went on.
     */
    private static Set<String> involvementsSupersededTheDayTheyStarted(List<? extends ChildCaseEvent> history) {
        if (history.isEmpty()) {
            return Set.of();
        }
        return AllocationsPassedOn.passedOnTheDayTheyBegan(ChildRows.of(history.get(0).childId(), history));
    }

    /**
     * The SSD says only whether a referral led to no further action; otherwise the decision is known
     * by what followed under the referral, an enquiry or an assessment, whichever came first, and is
     * not known until one has.
     */
    private static ReferralDecision whatFollowedTheReferral(List<? extends ChildCaseEvent> history, int decision) {
        for (int j = decision + 1; j < history.size(); j++) {
            ChildCaseEvent next = history.get(j);
            if (next instanceof Section47EnquiryStarted) {
                return ReferralDecision.STRATEGY_DISCUSSION;
            }
            if (next instanceof AssessmentStarted) {
                return ReferralDecision.ASSESSMENT;
            }
            if (next instanceof ReferralReceived || next instanceof CaseClosed) {
                return null;
            }
        }
        return null;
    }

    private static boolean placedAgainBeforeLeavingCare(List<? extends ChildCaseEvent> history, int ended) {
        for (int j = ended + 1; j < history.size(); j++) {
            if (history.get(j) instanceof PlacementStarted) {
                return true;
            }
            if (history.get(j) instanceof CeasedToBeLookedAfter) {
                return false;
            }
        }
        return false;
    }

    private static ChildCaseEvent stampedAtNoon(ChildCaseEvent event) {
        Instant noon = event.occurredAt().atTime(LocalTime.NOON).atZone(CaseTime.ZONE).toInstant();
        return RecordCopy.with(event, Map.of("recordedAt", noon));
    }
}
