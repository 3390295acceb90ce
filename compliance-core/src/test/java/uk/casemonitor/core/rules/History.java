package uk.casemonitor.core.rules;

import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.childcase.*;
import uk.casemonitor.core.fostercarer.*;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.PracticeEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A child's or carer's history written as it happened, for rule specifications. */
final class History {

    static final ComplianceEngine ENGINE =
            new ComplianceEngine(RuleCatalogue.statutoryDefaults(), WorkingDayCalendar.englandAndWales());

    private final SubjectKind kind;
    private final String id;
    private final List<PracticeEvent> events = new ArrayList<>();
    private final ComplianceEngine engine;
    private int lateBy;

    private History(SubjectKind kind, String id, ComplianceEngine engine) {
        this.kind = kind;
        this.id = id;
        this.engine = engine;
    }

    static History ofChild() {
        return new History(SubjectKind.CHILD, "C-1", ENGINE);
    }

    static History ofChild(ComplianceEngine engine) {
        return new History(SubjectKind.CHILD, "C-1", engine);
    }

    static History ofCarer() {
        return new History(SubjectKind.FOSTER_CARER, "FC-1", ENGINE);
    }

    static History ofCarer(ComplianceEngine engine) {
        return new History(SubjectKind.FOSTER_CARER, "FC-1", engine);
    }

    // --- when things are recorded --------------------------------------------------------------------

    /** The next event is recorded this many days after it happened (otherwise the same day). */
    History recordedDaysLater(int days) {
        this.lateBy = days;
        return this;
    }

    private Instant recorded(LocalDate occurred) {
        Instant at = occurred.plusDays(lateBy).atTime(LocalTime.NOON).atZone(CaseTime.ZONE).toInstant();
        lateBy = 0;
        return at;
    }

    private String nextId() {
        return "e" + (events.size() + 1);
    }

    private History add(PracticeEvent event) {
        events.add(event);
        return this;
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // --- child's events ------------------------------------------------------------------------------

    History bornOn(String date) {
        return add(new ChildDetailsRecorded(id, nextId(), d(date), recorded(d(date)), "sw", d(date)));
    }

    History referral(String on) {
        return add(new ReferralReceived(id, nextId(), d(on), recorded(d(on)), "duty", "police"));
    }

    History referralDecision(String on) {
        return add(new ReferralDecisionMade(id, nextId(), d(on), recorded(d(on)), "duty", ReferralDecision.ASSESSMENT));
    }

    History assessmentStarted(String on) {
        return add(new AssessmentStarted(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History assessmentCompleted(String on) {
        return add(new AssessmentCompleted(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History strategyDiscussion(String on, boolean s47) {
        return add(new StrategyDiscussionHeld(id, nextId(), d(on), recorded(d(on)), "sw", s47));
    }

    History s47Completed(String on, boolean substantiated) {
        return add(new Section47EnquiryCompleted(id, nextId(), d(on), recorded(d(on)), "sw", substantiated));
    }

    History dutyNoLongerApplies(String on, String rule, String reason) {
        return add(new DutyNoLongerApplies(id, nextId(), d(on), recorded(d(on)), "tm", rule, reason));
    }

    History icpc(String on, boolean planMade) {
        return add(new InitialChildProtectionConferenceHeld(id, nextId(), d(on), recorded(d(on)), "chair", planMade));
    }

    History rcpc(String on) {
        return add(new ReviewChildProtectionConferenceHeld(id, nextId(), d(on), recorded(d(on)), "chair", true));
    }

    History coreGroup(String on) {
        return add(new CoreGroupMeetingHeld(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History cpPlanStarted(String on) {
        return add(new ChildProtectionPlanStarted(id, nextId(), d(on), recorded(d(on)), "chair", AbuseCategory.NEGLECT));
    }

    History cpPlanEnded(String on) {
        return add(new ChildProtectionPlanEnded(id, nextId(), d(on), recorded(d(on)), "chair"));
    }

    History cinPlanStarted(String on) {
        return add(new ChildInNeedPlanStarted(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History cinPlanReviewed(String on) {
        return add(new ChildInNeedPlanReviewed(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History cinPlanEnded(String on) {
        return add(new ChildInNeedPlanEnded(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History wentMissing(String on) {
        return add(new uk.casemonitor.core.childcase.MissingEpisodeStarted(id, nextId(), d(on), recorded(d(on)), "sw",
                uk.casemonitor.core.childcase.MissingEpisodeStarted.Absence.MISSING));
    }

    History cameBackFromMissing(String on) {
        return add(new uk.casemonitor.core.childcase.MissingEpisodeEnded(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History returnHomeInterviewOffered(String on) {
        return add(new uk.casemonitor.core.childcase.ReturnHomeInterviewOffered(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History returnHomeInterviewHeld(String on) {
        return add(new uk.casemonitor.core.childcase.ReturnHomeInterviewHeld(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History visit(VisitType type, String on, Boolean seen, Boolean alone) {
        return add(new VisitMade(id, nextId(), d(on), recorded(d(on)), "sw", type, seen, alone,
                                 Boolean.FALSE.equals(alone) ? "parent present" : null));
    }

    History cpVisit(String on) {
        return visit(VisitType.CHILD_PROTECTION, on, true, true);
    }

    History becameLookedAfter(String on) {
        return add(new BecameLookedAfter(id, nextId(), d(on), recorded(d(on)), "sw", "C2"));
    }

    History ceasedLookedAfter(String on) {
        return add(new CeasedToBeLookedAfter(id, nextId(), d(on), recorded(d(on)), "sw", "E11"));
    }

    History placementStarted(String on, boolean longTerm) {
        return add(new PlacementStarted(id, nextId(), d(on), recorded(d(on)), "sw", "U1", longTerm));
    }

    History placementChanged(String on, boolean longTerm) {
        return add(new PlacementChanged(id, nextId(), d(on), recorded(d(on)), "sw", "U3", longTerm, null));
    }

    History lacVisit(String on) {
        return visit(VisitType.LOOKED_AFTER, on, true, true);
    }

    History lacReview(String on) {
        return add(new LookedAfterReviewHeld(id, nextId(), d(on), recorded(d(on)), "iro"));
    }

    History healthAssessment(String on, HealthAssessmentKind kind) {
        return add(new HealthAssessmentCompleted(id, nextId(), d(on), recorded(d(on)), "nurse", kind));
    }

    History dentalCheck(String on) {
        return add(new DentalCheckCompleted(id, nextId(), d(on), recorded(d(on)), "sw"));
    }

    History pep(String on) {
        return add(new PersonalEducationPlanCompleted(id, nextId(), d(on), recorded(d(on)), "vsh"));
    }

    History pepReviewed(String on) {
        return add(new PersonalEducationPlanReviewed(id, nextId(), d(on), recorded(d(on)), "vsh"));
    }

    History becameCareLeaver(String on, CareLeaverStatus status) {
        return add(new BecameCareLeaver(id, nextId(), d(on), recorded(d(on)), "pa", status));
    }

    History pathwayPlan(String on) {
        return add(new PathwayPlanCompleted(id, nextId(), d(on), recorded(d(on)), "pa"));
    }

    History pathwayPlanReviewed(String on) {
        return add(new PathwayPlanReviewed(id, nextId(), d(on), recorded(d(on)), "pa"));
    }

    History movedAccommodation(String on) {
        return add(new CareLeaverAccommodationChanged(id, nextId(), d(on), recorded(d(on)), "pa", "supported lodgings", true));
    }

    History careLeaverContact(String on, Boolean inTouch, Boolean suitable, Boolean neet) {
        return add(new CareLeaverContactMade(id, nextId(), d(on), recorded(d(on)), "pa", inTouch, "flat", suitable, neet));
    }

    History privateFosteringNotified(String on) {
        return add(new PrivateFosteringNotified(id, nextId(), d(on), recorded(d(on)), "duty"));
    }

    History workerAllocated(String on, String worker) {
        return add(new WorkerAllocated(id, nextId(), d(on), recorded(d(on)), "tm", worker));
    }

    History teamAssigned(String on, String team) {
        return add(new TeamAssigned(id, nextId(), d(on), recorded(d(on)), "tm", team));
    }

    History oversight(String on) {
        return add(new ManagementOversightRecorded(id, nextId(), d(on), recorded(d(on)), "tm", "tm"));
    }

    /** A case-file audit agreeing one action per due date given; the audit's event id is returned by {@link #lastId()}. */
    History audit(String on, AuditGrade grade, String... actionsDueOn) {
        List<AuditAction> actions = java.util.Arrays.stream(actionsDueOn)
                .map(due -> new AuditAction("action due " + due, d(due))).toList();
        return add(new CaseFileAuditCompleted(id, nextId(), d(on), recorded(d(on)), "qa", "qa", grade, List.of("planning"), actions));
    }

    History auditActionCompleted(String on, String auditEventId, int actionIndex) {
        return add(new AuditActionCompleted(id, nextId(), d(on), recorded(d(on)), "sw", auditEventId, actionIndex, null));
    }

    String lastId() {
        return events.get(events.size() - 1).eventId();
    }

    History caseClosed(String on) {
        return add(new CaseClosed(id, nextId(), d(on), recorded(d(on)), "tm", "no further action"));
    }

    // --- carer's events ------------------------------------------------------------------------------

    History approved(String on, CarerType type) {
        return add(new FosterCarerApproved(id, nextId(), d(on), recorded(d(on)), "panel", type));
    }

    History approvalReviewed(String on) {
        return add(new FosterCarerApprovalReviewed(id, nextId(), d(on), recorded(d(on)), "iro"));
    }

    History tsdCompleted(String on) {
        return add(new TsdStandardsCompleted(id, nextId(), d(on), recorded(d(on)), "ssw"));
    }

    History unannouncedVisit(String on) {
        return add(new FosterCarerUnannouncedVisitMade(id, nextId(), d(on), recorded(d(on)), "ssw"));
    }

    History supervisoryVisit(String on) {
        return add(new FosterCarerSupervisoryVisitMade(id, nextId(), d(on), recorded(d(on)), "ssw"));
    }

    History dbsCheck(String on) {
        return add(new FosterCarerDbsCheckCompleted(id, nextId(), d(on), recorded(d(on)), "ssw"));
    }

    History deregistered(String on) {
        return add(new FosterCarerDeregistered(id, nextId(), d(on), recorded(d(on)), "panel", "retired"));
    }

    // --- reading the result -------------------------------------------------------------------------

    CaseEvaluation evaluate() {
        return engine.evaluate(kind, id, events);
    }

    List<PracticeEvent> events() {
        return List.copyOf(events);
    }

    /** The rule's obligation that governs the given date: the latest opened on or before it. */
    Optional<Obligation> obligation(String ruleId, String onDate) {
        LocalDate on = d(onDate);
        return evaluate().obligationsOf(ruleId).stream()
                         .filter(o -> !o.openedOn().isAfter(on))
                         .max(Comparator.comparing(Obligation::openedOn).thenComparing(o -> o.closedOn() == null ? LocalDate.MAX : o.closedOn()));
    }

    ObligationState state(String ruleId, String onDate) {
        return obligation(ruleId, onDate).map(o -> o.stateOn(d(onDate))).orElse(ObligationState.NOT_YET_OPEN);
    }

    LocalDate due(String ruleId, String onDate) {
        return obligation(ruleId, onDate).orElseThrow().dueOn();
    }
}
