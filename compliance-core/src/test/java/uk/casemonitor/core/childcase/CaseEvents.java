package uk.casemonitor.core.childcase;

import java.time.Instant;
import java.time.LocalDate;

/** Readable builders for one child's events in the aggregate specifications. */
final class CaseEvents {

    static final String CHILD = "C-1001";
    static final Instant RECORDED = Instant.parse("2024-06-28T09:00:00Z");
    static final String WORKER = "sw.jones";

    private CaseEvents() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static ReferralReceived referral(String id, String on) {
        return new ReferralReceived(CHILD, id, date(on), RECORDED, WORKER, "police");
    }

    static ChildProtectionPlanStarted cpPlanStarted(String id, String on) {
        return new ChildProtectionPlanStarted(CHILD, id, date(on), RECORDED, WORKER, AbuseCategory.NEGLECT);
    }

    static ChildProtectionPlanEnded cpPlanEnded(String id, String on) {
        return new ChildProtectionPlanEnded(CHILD, id, date(on), RECORDED, WORKER);
    }

    static VisitMade cpVisit(String id, String on, Boolean seen, Boolean seenAlone) {
        return new VisitMade(CHILD, id, date(on), RECORDED, WORKER, VisitType.CHILD_PROTECTION, seen, seenAlone, null);
    }

    static ReviewChildProtectionConferenceHeld rcpc(String id, String on) {
        return new ReviewChildProtectionConferenceHeld(CHILD, id, date(on), RECORDED, WORKER, true);
    }

    static BecameLookedAfter becameLookedAfter(String id, String on) {
        return new BecameLookedAfter(CHILD, id, date(on), RECORDED, WORKER, "C2");
    }

    static CeasedToBeLookedAfter ceasedLookedAfter(String id, String on) {
        return new CeasedToBeLookedAfter(CHILD, id, date(on), RECORDED, WORKER, "E11");
    }

    static PlacementStarted placementStarted(String id, String on) {
        return new PlacementStarted(CHILD, id, date(on), RECORDED, WORKER, "U1", false);
    }

    static PlacementChanged placementChanged(String id, String on) {
        return new PlacementChanged(CHILD, id, date(on), RECORDED, WORKER, "U3", true, "carer request");
    }

    static CaseClosed caseClosed(String id, String on) {
        return new CaseClosed(CHILD, id, date(on), RECORDED, WORKER, "plan ended");
    }

    static RecordChildCaseEvents record(ChildCaseEvent... events) {
        return new RecordChildCaseEvents(CHILD, java.util.List.of(events));
    }
}
