package uk.casemonitor.imports.returns;

import uk.casemonitor.imports.returns.CinCensusReader.Assessment;
import uk.casemonitor.imports.returns.CinCensusReader.Child;
import uk.casemonitor.imports.returns.CinCensusReader.Episode;
import uk.casemonitor.imports.returns.CinCensusReader.Plan;
import uk.casemonitor.imports.returns.CinCensusReader.ProtectionPlan;
import uk.casemonitor.imports.returns.CinCensusReader.ProtectionReview;
import uk.casemonitor.imports.returns.CinCensusReader.Section47;
import uk.casemonitor.core.childcase.AssessmentCompleted;
import uk.casemonitor.core.childcase.AssessmentStarted;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.ChildInNeedPlanEnded;
import uk.casemonitor.core.childcase.ChildInNeedPlanStarted;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.InitialChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.ReferralDecision;
import uk.casemonitor.core.childcase.ReferralDecisionMade;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.ReviewChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.Section47EnquiryStarted;
import uk.casemonitor.core.childcase.StrategyDiscussionHeld;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CIN census return as events in each child's stream. Which element becomes which event field,
 * and what the census cannot tell, is set out in docs/statutory-returns.md.
 */
final class CinCensusMapping {

    static final String FORMAT = "CIN census";
    static final String RECORDED_BY = "cin-census-import";

    private final ImportedRecordingTime time;

    CinCensusMapping(ImportedRecordingTime time) {
        this.time = time;
    }

    /**
     * @param file  the name errors are reported against
     * @param field how the upload names the document, for errors about it as a whole
     */
    MappedReturn map(String file, InputStream xml, String field) {
        XmlElement message = XmlElement.parse(xml, field);
        List<RowError> errors = new ArrayList<>();
        CinCensusReader reader = new CinCensusReader(file, time.today(), errors);
        List<XmlElement> children = reader.childElements(message, field);
        ChildEvents events = new ChildEvents();
        for (XmlElement element : children) {
            reader.child(element).ifPresent(child -> events.addAll(child.childId(), eventsOf(child)));
        }
        return new MappedReturn(FORMAT, children.size(), events.inOrder(), errors);
    }

    List<ReturnEvent> eventsOf(Child child) {
        Events events = new Events(child.childId());
        child.dateOfBirth().ifPresent(born -> events.add(child.dateOfBirthSource(),
                new ChildDetailsRecorded(child.childId(), events.id("child", born), born, time.of(born), RECORDED_BY, born)));
        for (Episode episode : child.episodes()) {
            referral(episode, events);
            episode.assessments().forEach(assessment -> assessment(assessment, events));
            episode.section47Enquiries().forEach(enquiry -> section47(episode, enquiry, events));
            if (episode.initialConference() != null) {
                initialConference(episode, episode.initialConference(), episode.initialConferenceSource(), events);
            }
            episode.protectionPlans().forEach(plan -> protectionPlan(plan, events));
            episode.childInNeedPlans().forEach(plan -> childInNeedPlan(plan, events));
            if (episode.closed() != null) {
                events.add(episode.source(), new CaseClosed(child.childId(), events.id("closure", episode.closed()),
                        episode.closed(), time.of(episode.closed()), RECORDED_BY, episode.reasonForClosure()));
            }
        }
        return events.list;
    }

    /**
     * The census records what a referral led to, never when that was decided: the decision is dated
     * on the referral date, so the one-working-day decision timescale cannot be measured from
     * imported referrals (they all appear decided in time).
     */
    private void referral(Episode episode, Events events) {
        LocalDate referred = episode.referred();
        events.add(episode.source(), new ReferralReceived(events.child, events.id("referral", referred), referred,
                time.of(referred), RECORDED_BY, episode.referralSource()));
        decision(episode).ifPresent(decision -> events.add(episode.source(), new ReferralDecisionMade(events.child,
                events.id("referral", referred) + ":decision:" + decision.name().toLowerCase().replace('_', '-'),
                referred, time.of(referred), RECORDED_BY, decision)));
    }

    /**
     * ReferralNFA says no further action; otherwise whichever came first — a section 47 enquiry
     * (so a strategy discussion) or an assessment — says what was decided. With neither, the
     * census does not say.
     */
    static Optional<ReferralDecision> decision(Episode episode) {
        if (Boolean.TRUE.equals(episode.referralNoFurtherAction())) {
            return Optional.of(ReferralDecision.NO_FURTHER_ACTION);
        }
        Optional<LocalDate> firstEnquiry = episode.section47Enquiries().stream().map(Section47::started).min(LocalDate::compareTo);
        Optional<LocalDate> firstAssessment = episode.assessments().stream().map(Assessment::started)
                                                     .filter(Objects::nonNull).min(LocalDate::compareTo);
        if (firstEnquiry.isPresent() && (firstAssessment.isEmpty() || !firstEnquiry.get().isAfter(firstAssessment.get()))) {
            return Optional.of(ReferralDecision.STRATEGY_DISCUSSION);
        }
        return firstAssessment.map(date -> ReferralDecision.ASSESSMENT);
    }

    private void assessment(Assessment assessment, Events events) {
        LocalDate key = assessment.started() != null ? assessment.started() : assessment.authorised();
        if (assessment.started() != null) {
            events.add(assessment.source(), new AssessmentStarted(events.child, events.id("assessment", key) + ":started",
                    assessment.started(), time.of(assessment.started()), RECORDED_BY));
        }
        if (assessment.authorised() != null) {
            // The census's authorisation date is the date the assessment was completed.
            events.add(assessment.source(), new AssessmentCompleted(events.child,
                    events.id("assessment", key) + ":completed", assessment.authorised(),
                    time.of(assessment.authorised()), RECORDED_BY));
        }
    }

    /**
     * The census has no strategy discussion date. The section 47 enquiry's actual start date stands
     * for the strategy discussion that initiated it: the enquiry begins there, so the ICPC's 15
     * working days (WT2023) are counted from the earliest date the census supports.
     */
    private void section47(Episode episode, Section47 enquiry, Events events) {
        LocalDate started = enquiry.started();
        events.add(enquiry.source(), new StrategyDiscussionHeld(events.child,
                events.id("s47", started) + ":strategy-discussion", started, time.of(started), RECORDED_BY, true));
        events.add(enquiry.source(), new Section47EnquiryStarted(events.child, events.id("s47", started) + ":started",
                started, time.of(started), RECORDED_BY));
        if (enquiry.initialConference() != null) {
            initialConference(episode, enquiry.initialConference(), enquiry.source(), events);
        }
    }

    /** A plan was made at the conference when a child protection plan in the same episode starts that day. */
    private void initialConference(Episode episode, LocalDate held, SourceRow source, Events events) {
        boolean planMade = episode.protectionPlans().stream().anyMatch(plan -> plan.started().equals(held));
        events.add(source, new InitialChildProtectionConferenceHeld(events.child, events.id("icpc", held), held,
                time.of(held), RECORDED_BY, planMade));
    }

    private void protectionPlan(ProtectionPlan plan, Events events) {
        String id = events.id("cp-plan", plan.started());
        events.add(plan.source(), new ChildProtectionPlanStarted(events.child, id + ":started", plan.started(),
                time.of(plan.started()), RECORDED_BY, plan.category()));
        for (ProtectionReview review : plan.reviews()) {
            // A review held on the day the plan ended is the conference that ended it.
            boolean continues = plan.ended() == null || review.held().isBefore(plan.ended());
            events.add(review.source(), new ReviewChildProtectionConferenceHeld(events.child,
                    events.id("cp-review", review.held()), review.held(), time.of(review.held()), RECORDED_BY, continues));
        }
        if (plan.ended() != null) {
            events.add(plan.source(), new ChildProtectionPlanEnded(events.child, id + ":ended", plan.ended(),
                    time.of(plan.ended()), RECORDED_BY));
        }
    }

    private void childInNeedPlan(Plan plan, Events events) {
        String id = events.id("cin-plan", plan.started());
        events.add(plan.source(), new ChildInNeedPlanStarted(events.child, id + ":started", plan.started(),
                time.of(plan.started()), RECORDED_BY));
        if (plan.ended() != null) {
            events.add(plan.source(), new ChildInNeedPlanEnded(events.child, id + ":ended", plan.ended(),
                    time.of(plan.ended()), RECORDED_BY));
        }
    }

    /** One child's events; ids are the record, the child and its date, whichever census year they come in. */
    private static final class Events {

        private final String child;
        private final List<ReturnEvent> list = new ArrayList<>();

        Events(String child) {
            this.child = child;
        }

        String id(String record, LocalDate date) {
            return "cin:" + record + ":" + child + ":" + date;
        }

        void add(SourceRow source, ChildCaseEvent event) {
            list.add(new ReturnEvent(event, source));
        }
    }
}
