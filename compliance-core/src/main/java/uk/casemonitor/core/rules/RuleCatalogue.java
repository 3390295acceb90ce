package uk.casemonitor.core.rules;

import uk.casemonitor.core.calendar.Timescale;
import uk.casemonitor.core.childcase.AssessmentCompleted;
import uk.casemonitor.core.childcase.AuditActionCompleted;
import uk.casemonitor.core.childcase.AssessmentStarted;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.CareLeaverAccommodationChanged;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.CareLeaverStatus;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.CaseFileAuditCompleted;
import uk.casemonitor.core.childcase.ChildInNeedPlanReviewed;
import uk.casemonitor.core.childcase.ChildInNeedPlanStarted;
import uk.casemonitor.core.childcase.ChildProtectionPlanEnded;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.CoreGroupMeetingHeld;
import uk.casemonitor.core.childcase.DentalCheckCompleted;
import uk.casemonitor.core.childcase.HealthAssessmentCompleted;
import uk.casemonitor.core.childcase.InitialChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.core.childcase.ManagementOversightRecorded;
import uk.casemonitor.core.childcase.MissingEpisodeEnded;
import uk.casemonitor.core.childcase.PathwayPlanCompleted;
import uk.casemonitor.core.childcase.PathwayPlanReviewed;
import uk.casemonitor.core.childcase.PersonalEducationPlanCompleted;
import uk.casemonitor.core.childcase.PersonalEducationPlanReviewed;
import uk.casemonitor.core.childcase.PlacementChanged;
import uk.casemonitor.core.childcase.PlacementEnded;
import uk.casemonitor.core.childcase.PlacementStarted;
import uk.casemonitor.core.childcase.PrivateFosteringNotified;
import uk.casemonitor.core.childcase.ReferralDecisionMade;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.ReturnHomeInterviewHeld;
import uk.casemonitor.core.childcase.ReturnHomeInterviewOffered;
import uk.casemonitor.core.childcase.ReviewChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.Section47EnquiryCompleted;
import uk.casemonitor.core.childcase.StrategyDiscussionHeld;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;
import uk.casemonitor.core.childcase.WorkerAllocated;
import uk.casemonitor.core.fostercarer.CarerType;
import uk.casemonitor.core.fostercarer.FosterCarerApprovalReviewed;
import uk.casemonitor.core.fostercarer.FosterCarerApproved;
import uk.casemonitor.core.fostercarer.FosterCarerDbsCheckCompleted;
import uk.casemonitor.core.fostercarer.FosterCarerSupervisoryVisitMade;
import uk.casemonitor.core.fostercarer.FosterCarerUnannouncedVisitMade;
import uk.casemonitor.core.fostercarer.TsdStandardsCompleted;
import uk.casemonitor.core.recording.CaseTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static uk.casemonitor.core.childcase.CaseEpisode.CARE_LEAVER;
import static uk.casemonitor.core.childcase.CaseEpisode.CHILD_IN_NEED_PLAN;
import static uk.casemonitor.core.childcase.CaseEpisode.CHILD_PROTECTION_PLAN;
import static uk.casemonitor.core.childcase.CaseEpisode.LOOKED_AFTER;
import static uk.casemonitor.core.childcase.CaseEpisode.PRIVATE_FOSTERING;
import static uk.casemonitor.core.rules.EventMatch.on;

/**
 * Every duty the monitor checks, one entry per row of the domain reference
 * (shared/domain/statutory-timescales.md), with the statutory or common local default timescale.
 * An authority changes timescales through configuration ({@link #withTimescales}), never here.
 */
public final class RuleCatalogue {

    private final Map<String, Rule> rules;
    private final Map<String, MeasureRule> measures;

    private RuleCatalogue(Map<String, Rule> rules, Map<String, MeasureRule> measures) {
        this.rules = rules;
        this.measures = measures;
    }

    public static RuleCatalogue statutoryDefaults() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (Rule rule : List.of(
                // Front door and assessment (WT2023)
                Rule.forChildren("referral-decision")
                    .obligation("Decision on the type of response to a referral")
                    .basis("Working Together 2023: within 1 working day")
                    .endsWhen("the case closing (a child's death or transfer to another authority is recorded as the "
                            + "closure's reason)")
                    .startsOn(on(ReferralReceived.class))
                    .satisfiedBy(on(ReferralDecisionMade.class))
                    .endedBy(on(CaseClosed.class))
                    .within("1 working day")
                    .kpi("Referral decisions within 1 working day", KpiStyle.TIMELINESS),
                Rule.forChildren("assessment")
                    .obligation("Child and family assessment completed")
                    .basis("Working Together 2023: within 45 working days of the referral")
                    .endsWhen("the case closing (a child's death or transfer to another authority is recorded as the "
                            + "closure's reason)")
                    .startsOn(on(AssessmentStarted.class))
                    .countsFrom((context, started) -> Optional.ofNullable(context.latestReferral()).orElse(started.occurredAt()))
                    .satisfiedBy(on(AssessmentCompleted.class))
                    .endedBy(on(CaseClosed.class))
                    .within("45 working days")
                    .kpi("Assessments completed within 45 working days", KpiStyle.TIMELINESS),
                Rule.forChildren("icpc")
                    .obligation("Initial child protection conference held")
                    .basis("Working Together 2023: within 15 working days of the strategy discussion that "
                            + "initiated the section 47 enquiry (the latest one if several)")
                    .endsWhen("the child becoming looked after (accommodated, so the conference is not convened), the "
                            + "section 47 enquiry finding the concerns not substantiated, a later strategy discussion "
                            + "(the deadline counts from it), or the case closing (a child's death or transfer to another "
                            + "authority is recorded as the closure's reason)")
                    // A child accommodated is safeguarded by the care plan: the conference is not convened.
                    .appliesWhile(context -> !context.isOpen(LOOKED_AFTER))
                    .countsFromLatestOf(on(StrategyDiscussionHeld.class, StrategyDiscussionHeld::section47Initiated))
                    .satisfiedBy(on(InitialChildProtectionConferenceHeld.class))
                    .endedBy(on(Section47EnquiryCompleted.class, s47 -> !s47.concernsSubstantiated()), on(CaseClosed.class))
                    .within("15 working days")
                    .kpi("ICPCs within 15 working days of the strategy discussion", KpiStyle.TIMELINESS),

                // Child protection plans (WT2023; visit frequency is local policy)
                Rule.forChildren("core-group")
                    .obligation("First core group meeting")
                    .basis("Working Together 2023: within 10 working days of the ICPC")
                    .endsWhen("the child-protection plan ending, or the case closing (a child's death or transfer to "
                            + "another authority is recorded as the closure's reason)")
                    .startsOn(on(InitialChildProtectionConferenceHeld.class, InitialChildProtectionConferenceHeld::childProtectionPlanMade))
                    .satisfiedBy(on(CoreGroupMeetingHeld.class))
                    .endedBy(on(ChildProtectionPlanEnded.class), on(CaseClosed.class))
                    .within("10 working days")
                    .kpi("First core groups within 10 working days", KpiStyle.TIMELINESS),
                Rule.forChildren("rcpc")
                    .obligation("Review child protection conference")
                    .basis("Working Together 2023: first within 3 months of the ICPC, then every 6 months")
                    .endsWhen("the child-protection plan ending, or the case closing (a child's death or transfer to "
                            + "another authority is recorded as the closure's reason)")
                    .startsOn(on(InitialChildProtectionConferenceHeld.class, InitialChildProtectionConferenceHeld::childProtectionPlanMade))
                    .satisfiedBy(on(ReviewChildProtectionConferenceHeld.class))
                    .repeats()
                    .endedBy(on(ChildProtectionPlanEnded.class), on(CaseClosed.class))
                    .timescale("first", "3 months")
                    .timescale("subsequent", "6 months")
                    .choosingTimescale((context, step, from) -> step == 0 ? "first" : "subsequent")
                    .kpi("Review conferences in timescale", KpiStyle.TIMELINESS),
                Rule.forChildren("cp-visit")
                    .obligation("Child-protection visit with the child seen")
                    .basis("Local policy (common default 10 working days; some authorities use 20): from the plan "
                            + "start, then from each visit")
                    .endsWhen("the child-protection plan ending, or the case closing (a child's death or transfer to "
                            + "another authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(CHILD_PROTECTION_PLAN))
                    .startsOn(on(ChildProtectionPlanStarted.class))
                    .satisfiedBy(childSeenOn(VisitType.CHILD_PROTECTION))
                    .repeats()
                    .within("10 working days")
                    .kpi("Children on CP plans visited in timescale", KpiStyle.IN_DATE),

                // Children in need (local policy)
                Rule.forChildren("cin-visit")
                    .obligation("Child-in-need visit with the child seen")
                    .basis("Local policy: every 20 working days from the plan start")
                    .endsWhen("the child-in-need plan ending, or the case closing (a child's death or transfer to another "
                            + "authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(CHILD_IN_NEED_PLAN))
                    .startsOn(on(ChildInNeedPlanStarted.class))
                    .satisfiedBy(childSeenOn(VisitType.CHILD_IN_NEED))
                    .repeats()
                    .within("20 working days")
                    .kpi("Children in need visited in timescale", KpiStyle.IN_DATE),
                Rule.forChildren("cin-review")
                    .obligation("Child-in-need plan review")
                    .basis("Local policy: every 3 months from the plan start")
                    .endsWhen("the child-in-need plan ending, or the case closing (a child's death or transfer to another "
                            + "authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(CHILD_IN_NEED_PLAN))
                    .startsOn(on(ChildInNeedPlanStarted.class))
                    .satisfiedBy(on(ChildInNeedPlanReviewed.class))
                    .repeats()
                    .within("3 months")
                    .kpi("CIN plans reviewed in timescale", KpiStyle.IN_DATE),

                // Children looked after (CPPCR 2010)
                Rule.forChildren("cla-visit")
                    .obligation("Statutory visit to a looked-after child, child seen")
                    .basis("CPPCR reg 28: within 1 week of any placement starting, then at most 6 weeks apart in "
                            + "its first year; after that at most 3 months apart if the placement is long-term, "
                            + "else 6 weeks")
                    .endsWhen("the placement ending or the child ceasing to be looked after (a new placement restarts "
                            + "it), or the case closing (a child's death or transfer to another authority is recorded as "
                            + "the closure's reason)")
                    .appliesWhile(context -> context.isOpen(LOOKED_AFTER) && context.isOpen(CaseEpisode.PLACEMENT))
                    .restartsOn(on(PlacementStarted.class), on(PlacementChanged.class))
                    .satisfiedBy(childSeenOn(VisitType.LOOKED_AFTER))
                    .repeats()
                    .endedBy(on(PlacementEnded.class))
                    .timescale("placement-start", "1 week")
                    .timescale("first-year", "6 weeks")
                    .timescale("long-term-after-first-year", "3 months")
                    .timescale("after-first-year", "6 weeks")
                    .choosingTimescale(RuleCatalogue::lookedAfterVisitTimescale)
                    .kpi("Looked-after children visited in timescale (reg 28)", KpiStyle.IN_DATE),
                Rule.forChildren("lac-review")
                    .obligation("Looked-after child review")
                    .basis("CPPCR reg 33: first within 20 working days of becoming looked after, second within "
                            + "3 months of the first, then every 6 months")
                    .endsWhen("the child ceasing to be looked after, or the case closing (a child's death or transfer to "
                            + "another authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(LOOKED_AFTER))
                    .startsOn(on(BecameLookedAfter.class))
                    .satisfiedBy(on(LookedAfterReviewHeld.class))
                    .repeats()
                    .timescale("first", "20 working days")
                    .timescale("second", "3 months")
                    .timescale("subsequent", "6 months")
                    .choosingTimescale((context, step, from) -> step == 0 ? "first" : step == 1 ? "second" : "subsequent")
                    .kpi("LAC reviews in timescale", KpiStyle.TIMELINESS),
                Rule.forChildren("initial-health-assessment")
                    .obligation("Initial health assessment")
                    .basis("Statutory guidance 2015: within 20 working days of becoming looked after")
                    .endsWhen("the child ceasing to be looked after, or the case closing (a child's death or transfer to "
                            + "another authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(LOOKED_AFTER))
                    .startsOn(on(BecameLookedAfter.class))
                    .satisfiedBy(on(HealthAssessmentCompleted.class))
                    .within("20 working days")
                    .kpi("Initial health assessments within 20 working days", KpiStyle.TIMELINESS),
                Rule.forChildren("review-health-assessment")
                    .obligation("Review health assessment")
                    .basis("CPPCR reg 7: every 6 months under 5, every 12 months from 5 (age on the previous "
                            + "assessment; the stricter 6 months when no date of birth is recorded)")
                    .endsWhen("the child ceasing to be looked after, or the case closing (a child's death or transfer to "
                            + "another authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(LOOKED_AFTER))
                    .startsOn(on(HealthAssessmentCompleted.class))
                    .satisfiedBy(on(HealthAssessmentCompleted.class))
                    .repeats()
                    .timescale("under-five", "6 months")
                    .timescale("five-and-over", "12 months")
                    .choosingTimescale((context, step, from) -> {
                        int age = context.ageOn(from);
                        return age >= 5 ? "five-and-over" : "under-five";
                    })
                    .kpi("Health assessments in date", KpiStyle.IN_DATE),
                Rule.forChildren("dental-check")
                    .obligation("Dental check")
                    .basis("Guidance and SSDA903 outcome measure: every 12 months while looked after")
                    .endsWhen("the child ceasing to be looked after, or the case closing (a child's death or transfer to "
                            + "another authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(LOOKED_AFTER))
                    .startsOn(on(BecameLookedAfter.class))
                    .satisfiedBy(on(DentalCheckCompleted.class))
                    .repeats()
                    .within("12 months")
                    .kpi("Dental checks in date", KpiStyle.IN_DATE),
                Rule.forChildren("pep")
                    .obligation("Personal education plan (school-age children)")
                    .basis("Education guidance 2018: within 20 school days of becoming looked after (approximated "
                            + "as 20 working days: school holidays are not modelled), reviewed each term "
                            + "(approximated as every 4 months); applies from 5 to 15, and when no date of birth is recorded")
                    .endsWhen("the child turning 16 (the end of compulsory school age, approximated), ceasing to be "
                            + "looked after, or the case closing (a child's death or transfer to another authority is "
                            + "recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(LOOKED_AFTER) && isSchoolAge(context))
                    .startsOn(on(BecameLookedAfter.class))
                    .satisfiedBy(on(PersonalEducationPlanCompleted.class), on(PersonalEducationPlanReviewed.class))
                    .repeats()
                    .timescale("first", "20 working days")
                    .timescale("termly", "4 months")
                    .choosingTimescale((context, step, from) -> step == 0 ? "first" : "termly")
                    .kpi("PEPs in date", KpiStyle.IN_DATE),

                // Care leavers (Care Leavers (England) Regulations 2010)
                Rule.forChildren("pathway-plan")
                    .obligation("Needs assessment and pathway plan, then its reviews")
                    .basis("CLR 2010: pathway plan within 3 months of becoming eligible, reviewed every 6 months")
                    .endsWhen("care-leaver support ending, or the case closing (a child's death or transfer to another "
                            + "authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(CARE_LEAVER))
                    .startsOn(on(BecameCareLeaver.class))
                    .satisfiedBy(on(PathwayPlanCompleted.class), on(PathwayPlanReviewed.class))
                    .repeats()
                    .timescale("first", "3 months")
                    .timescale("review", "6 months")
                    .choosingTimescale((context, step, from) -> step == 0 ? "first" : "review")
                    .kpi("Care leavers' pathway plans in date", KpiStyle.IN_DATE),
                Rule.forChildren("return-home-interview")
                    .obligation("Return-home interview offered after a missing episode")
                    .basis("Statutory guidance on children who run away or go missing from home or care 2014: "
                            + "offered within 72 hours of the child's return")
                    .endsWhen("a recorded decision that it no longer applies (e.g. the child went missing again before "
                            + "it could be offered: the next return owes its own), or the case closing (a child's death "
                            + "or transfer to another authority is recorded as the closure's reason)")
                    .startsOn(on(MissingEpisodeEnded.class))
                    .satisfiedBy(on(ReturnHomeInterviewOffered.class), on(ReturnHomeInterviewHeld.class))
                    .within("3 days")
                    .kpi("Return-home interviews offered within 72 hours", KpiStyle.TIMELINESS),
                Rule.forChildren("relevant-child-move-visit")
                    .obligation("Visit to a relevant child after a move of accommodation")
                    .basis("CLR 2010: within 7 days of the move")
                    .endsWhen("the young person no longer being a relevant child (e.g. becoming former relevant), a later "
                            + "move (counts from it), or the case closing (a child's death or transfer to another "
                            + "authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.careLeaverStatus() == CareLeaverStatus.RELEVANT)
                    .restartsOn(on(CareLeaverAccommodationChanged.class))
                    .satisfiedBy(childSeenOn(VisitType.CARE_LEAVER))
                    .within("7 days")
                    .kpi("Relevant children visited within 7 days of a move", KpiStyle.TIMELINESS),
                Rule.forChildren("relevant-child-visit")
                    .obligation("Visit to a relevant child")
                    .basis("CLR 2010: at most 2 months apart")
                    .endsWhen("the young person no longer being a relevant child (e.g. becoming former relevant), or the "
                            + "case closing (a child's death or transfer to another authority is recorded as the "
                            + "closure's reason)")
                    .appliesWhile(context -> context.careLeaverStatus() == CareLeaverStatus.RELEVANT)
                    .startsOn(on(BecameCareLeaver.class, leaver -> leaver.status() == CareLeaverStatus.RELEVANT))
                    .satisfiedBy(childSeenOn(VisitType.CARE_LEAVER))
                    .repeats()
                    .within("2 months")
                    .kpi("Relevant children visited in timescale", KpiStyle.IN_DATE),
                Rule.forChildren("care-leaver-contact")
                    .obligation("Contact between a former relevant young person and their personal adviser")
                    .basis("Local policy (none set nationally; 8 weeks common)")
                    .endsWhen("the young person no longer being former relevant, or the case closing (a child's death or "
                            + "transfer to another authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.careLeaverStatus() == CareLeaverStatus.FORMER_RELEVANT)
                    .startsOn(on(BecameCareLeaver.class, leaver -> leaver.status() == CareLeaverStatus.FORMER_RELEVANT))
                    .satisfiedBy(on(CareLeaverContactMade.class, contact -> !Boolean.FALSE.equals(contact.inTouch())),
                                 on(VisitMade.class, visit -> visit.visitType() == VisitType.CARE_LEAVER))
                    .repeats()
                    .within("8 weeks")
                    .kpi("Care leavers' contacts in timescale", KpiStyle.IN_DATE),

                // Private fostering (PF regulations 2005)
                Rule.forChildren("private-fostering-visit")
                    .obligation("Private fostering visit, child seen")
                    .basis("PF reg 4 and 8: within 7 working days of notification, then at most 6 weeks apart in "
                            + "the first year and 12 weeks apart after")
                    .endsWhen("the private fostering arrangement ending, or the case closing (a child's death or transfer "
                            + "to another authority is recorded as the closure's reason)")
                    .appliesWhile(context -> context.isOpen(PRIVATE_FOSTERING))
                    .startsOn(on(PrivateFosteringNotified.class))
                    .satisfiedBy(childSeenOn(VisitType.PRIVATE_FOSTERING))
                    .repeats()
                    .timescale("notification", "7 working days")
                    .timescale("first-year", "6 weeks")
                    .timescale("after-first-year", "12 weeks")
                    .choosingTimescale((context, step, from) -> step == 0 ? "notification"
                            : from.isBefore(context.startOf(PRIVATE_FOSTERING).plusYears(1)) ? "first-year" : "after-first-year")
                    .kpi("Privately fostered children visited in timescale", KpiStyle.IN_DATE),

                // Practice quality (local policy)
                Rule.forChildren("management-oversight")
                    .obligation("Recorded management oversight or case supervision")
                    .basis("Local policy: every 4 weeks for children on CP plans, 6 weeks for children in need and "
                            + "looked-after children")
                    .endsWhen("no child-protection plan, child-in-need plan or period of being looked after being open, "
                            + "or the case closing (a child's death or transfer to another authority is recorded as the "
                            + "closure's reason)")
                    .appliesWhile(context -> context.isOpen(CHILD_PROTECTION_PLAN) || context.isOpen(CHILD_IN_NEED_PLAN)
                            || context.isOpen(LOOKED_AFTER))
                    .startsOn(on(ChildProtectionPlanStarted.class), on(ChildInNeedPlanStarted.class), on(BecameLookedAfter.class))
                    .satisfiedBy(on(ManagementOversightRecorded.class))
                    .repeats()
                    .timescale("child-protection", "4 weeks")
                    .timescale("other", "6 weeks")
                    .choosingTimescale((context, step, from) ->
                            context.isOpen(CHILD_PROTECTION_PLAN) ? "child-protection" : "other")
                    .kpi("Management oversight in timescale", KpiStyle.IN_DATE),
                Rule.forChildren("audit-action")
                    .obligation("Action agreed at a case-file audit completed")
                    .basis("Local quality-assurance framework: by the date agreed at the audit")
                    .endsWhen("the case closing (a child's death or transfer to another authority is recorded as the "
                            + "closure's reason)")
                    .startsOn(on(CaseFileAuditCompleted.class))
                    .perItem(RuleCatalogue::auditActions)
                    .satisfiedBy(on(AuditActionCompleted.class))
                    .endedBy(on(CaseClosed.class))
                    .kpi("Children whose audit actions are all in date", KpiStyle.IN_DATE),

                // Foster carers (FSR 2011 reg 28, NMS 2011, TSD standards)
                Rule.forFosterCarers("carer-review")
                    .obligation("Review of the foster carer's approval")
                    .basis("FSR 2011 reg 28: within a year of approval, then yearly")
                    .endsWhen("the carer being deregistered (resignation, transfer to another agency, death)")
                    .appliesWhile(CaseContext::isApproved)
                    .startsOn(on(FosterCarerApproved.class))
                    .satisfiedBy(on(FosterCarerApprovalReviewed.class))
                    .repeats()
                    .within("1 year")
                    .kpi("Foster-carer annual reviews current", KpiStyle.IN_DATE),
                Rule.forFosterCarers("tsd-standards")
                    .obligation("Training, Support and Development standards completed")
                    .basis("TSD standards: within 12 months of approval (18 months for connected carers)")
                    .endsWhen("the carer being deregistered (resignation, transfer to another agency, death)")
                    .appliesWhile(CaseContext::isApproved)
                    .startsOn(on(FosterCarerApproved.class))
                    .satisfiedBy(on(TsdStandardsCompleted.class))
                    .timescale("mainstream", "12 months")
                    .timescale("connected", "18 months")
                    .choosingTimescale((context, step, from) -> context.carerType() == CarerType.CONNECTED ? "connected" : "mainstream")
                    .kpi("TSD standards completed on time", KpiStyle.TIMELINESS),
                Rule.forFosterCarers("unannounced-visit")
                    .obligation("Unannounced visit to the carer's home")
                    .basis("NMS 21: at least once a year")
                    .endsWhen("the carer being deregistered (resignation, transfer to another agency, death)")
                    .appliesWhile(CaseContext::isApproved)
                    .startsOn(on(FosterCarerApproved.class))
                    .satisfiedBy(on(FosterCarerUnannouncedVisitMade.class))
                    .repeats()
                    .within("1 year")
                    .kpi("Carers with an unannounced visit in the last year", KpiStyle.IN_DATE),
                Rule.forFosterCarers("supervisory-visit")
                    .obligation("Supervisory visit by the supervising social worker")
                    .basis("Local policy: every 6 weeks")
                    .endsWhen("the carer being deregistered (resignation, transfer to another agency, death)")
                    .appliesWhile(CaseContext::isApproved)
                    .startsOn(on(FosterCarerApproved.class))
                    .satisfiedBy(on(FosterCarerSupervisoryVisitMade.class))
                    .repeats()
                    .within("6 weeks")
                    .kpi("Carer supervisory visits in timescale", KpiStyle.IN_DATE),
                Rule.forFosterCarers("dbs-check")
                    .obligation("DBS check renewed")
                    .basis("Local policy: every 3 years")
                    .endsWhen("the carer being deregistered (resignation, transfer to another agency, death)")
                    .appliesWhile(CaseContext::isApproved)
                    .startsOn(on(FosterCarerApproved.class))
                    .satisfiedBy(on(FosterCarerDbsCheckCompleted.class))
                    .repeats()
                    .within("3 years")
                    .kpi("Carer DBS checks in date", KpiStyle.IN_DATE))) {
            rules.put(rule.id(), rule);
        }

        Map<String, MeasureRule> measures = new LinkedHashMap<>();
        for (MeasureRule measure : List.of(
                new MeasureRule("cp-seen-alone", SubjectKind.CHILD, "CP visits where the child was seen alone",
                        KpiStyle.RATE, true, 0.9, Set.of(), Map.of(),
                        (event, context, rule, calendar) -> event instanceof VisitMade visit
                                && visit.visitType() == VisitType.CHILD_PROTECTION && Boolean.TRUE.equals(visit.childSeen())
                                ? Optional.of(new MeasureRule.Observation(Boolean.TRUE.equals(visit.seenAlone()),
                                                                          visit.reasonNotSeenAlone()))
                                : Optional.empty()),
                new MeasureRule("repeat-cp-plan", SubjectKind.CHILD, "CP plans that are a second or subsequent plan (ever)",
                        KpiStyle.RATE, false, 0.23, Set.of(), Map.of(),
                        (event, context, rule, calendar) -> event instanceof ChildProtectionPlanStarted
                                ? Optional.of(new MeasureRule.Observation(context.childProtectionPlanStarts().size() > 1, null))
                                : Optional.empty()),
                new MeasureRule("repeat-cp-plan-two-years", SubjectKind.CHILD,
                        "CP plans starting within 2 years of a previous plan ending",
                        KpiStyle.RATE, false, 0.1, Set.of(), Map.of(),
                        (event, context, rule, calendar) -> event instanceof ChildProtectionPlanStarted started
                                ? Optional.of(new MeasureRule.Observation(context.childProtectionPlanEnds().stream()
                                        .anyMatch(ended -> !ended.isAfter(started.occurredAt())
                                                && !ended.isBefore(started.occurredAt().minusYears(2))), null))
                                : Optional.empty()),
                new MeasureRule("recorded-late", SubjectKind.CHILD, "Events recorded late (children's records)",
                        KpiStyle.RATE, false, 0.1, Set.of(), Map.of(Rule.TIMESCALE, Timescale.parse("3 working days")),
                        RuleCatalogue::recordedLate),
                new MeasureRule("carer-recorded-late", SubjectKind.FOSTER_CARER, "Events recorded late (foster carers' records)",
                        KpiStyle.RATE, false, 0.1, Set.of(), Map.of(Rule.TIMESCALE, Timescale.parse("3 working days")),
                        RuleCatalogue::recordedLate),
                new MeasureRule("three-plus-social-workers", SubjectKind.CHILD,
                        "Children with 3 or more social workers in 12 months", KpiStyle.THREE_OR_MORE_IN_YEAR, false, 0.1,
                        Set.of(CHILD_PROTECTION_PLAN, CHILD_IN_NEED_PLAN, LOOKED_AFTER, CARE_LEAVER, PRIVATE_FOSTERING),
                        Map.of(),
                        (event, context, rule, calendar) -> event instanceof WorkerAllocated worker
                                ? Optional.of(new MeasureRule.Observation(true, worker.workerId()))
                                : Optional.empty()),
                new MeasureRule("three-plus-placements", SubjectKind.CHILD,
                        "Looked-after children with 3 or more placements in 12 months", KpiStyle.THREE_OR_MORE_IN_YEAR,
                        false, 0.1, Set.of(LOOKED_AFTER), Map.of(),
                        (event, context, rule, calendar) -> event instanceof PlacementStarted || event instanceof PlacementChanged
                                ? Optional.of(new MeasureRule.Observation(true, event.eventId()))
                                : Optional.empty()),
                new MeasureRule("care-leaver-neet", SubjectKind.CHILD,
                        "Care leavers not in education, employment or training (latest contact)", KpiStyle.LATEST, false, 0.4,
                        Set.of(), Map.of(),
                        (event, context, rule, calendar) -> event instanceof CareLeaverContactMade contact && contact.neet() != null
                                ? Optional.of(new MeasureRule.Observation(contact.neet(), contact.accommodationType()))
                                : Optional.empty()),
                new MeasureRule("care-leaver-suitable-accommodation", SubjectKind.CHILD,
                        "Care leavers in suitable accommodation (latest contact)", KpiStyle.LATEST, true, 0.9, Set.of(), Map.of(),
                        (event, context, rule, calendar) -> event instanceof CareLeaverContactMade contact
                                && contact.accommodationSuitable() != null
                                ? Optional.of(new MeasureRule.Observation(contact.accommodationSuitable(), contact.accommodationType()))
                                : Optional.empty()),
                new MeasureRule("case-file-audit-grade", SubjectKind.CHILD,
                        "Case-file audits graded good or outstanding", KpiStyle.RATE, true, 0.8, Set.of(), Map.of(),
                        (event, context, rule, calendar) -> event instanceof CaseFileAuditCompleted audit
                                ? Optional.of(new MeasureRule.Observation(audit.grade().isGoodOrBetter(), audit.grade().name()))
                                : Optional.empty()),
                new MeasureRule("care-leaver-in-touch", SubjectKind.CHILD,
                        "Care leavers in touch with the authority (latest contact)", KpiStyle.LATEST, true, 0.9, Set.of(), Map.of(),
                        (event, context, rule, calendar) -> event instanceof CareLeaverContactMade contact && contact.inTouch() != null
                                ? Optional.of(new MeasureRule.Observation(contact.inTouch(), null))
                                : Optional.empty()))) {
            measures.put(measure.id(), measure);
        }
        return new RuleCatalogue(rules, measures);
    }

    /** Each action of an audit is its own duty, due on the date agreed; a completion names one action. */
    private static List<Rule.Item> auditActions(uk.casemonitor.core.recording.PracticeEvent event) {
        if (event instanceof CaseFileAuditCompleted audit) {
            List<Rule.Item> items = new ArrayList<>();
            for (int i = 0; i < audit.actions().size(); i++) {
                items.add(new Rule.Item(AuditActionCompleted.keyOf(audit.eventId(), i), audit.actions().get(i).dueOn()));
            }
            return items;
        }
        if (event instanceof AuditActionCompleted done) {
            return List.of(Rule.Item.named(done.actionKey()));
        }
        return List.of();
    }

    private static EventMatch childSeenOn(VisitType type) {
        return on(VisitMade.class, visit -> visit.visitType() == type && Boolean.TRUE.equals(visit.childSeen()));
    }

    /**
     * School age when the child became looked after, and not yet 16: compulsory schooling ends in the
     * year a child turns 16 (approximated by the birthday), and the PEP duty with it.
     */
    private static boolean isSchoolAge(CaseContext context) {
        LocalDate since = context.startOf(LOOKED_AFTER);
        if (since == null) {
            return false;
        }
        int age = context.ageOn(since);
        return age < 0 || (age >= 5 && age < 16 && context.ageOn(context.reached()) < 16);
    }

    private static String lookedAfterVisitTimescale(CaseContext context, int step, LocalDate from) {
        if (step == 0) {
            return "placement-start";
        }
        LocalDate placementStart = context.startOf(CaseEpisode.PLACEMENT);
        if (placementStart == null || from.isBefore(placementStart.plusYears(1))) {
            return "first-year";
        }
        return context.placementIsLongTerm() ? "long-term-after-first-year" : "after-first-year";
    }

    private static Optional<MeasureRule.Observation> recordedLate(uk.casemonitor.core.recording.PracticeEvent event,
                                                                  CaseContext context, MeasureRule rule,
                                                                  uk.casemonitor.core.calendar.WorkingDayCalendar calendar) {
        LocalDate recordedOn = CaseTime.dateOf(event.recordedAt());
        LocalDate deadline = rule.timescale(Rule.TIMESCALE).dueDate(event.occurredAt(), calendar);
        return Optional.of(new MeasureRule.Observation(recordedOn.isAfter(deadline),
                calendar.workingDaysBetween(event.occurredAt(), recordedOn) + " working days"));
    }

    /**
     * A copy with an authority's own timescales: {@code {ruleOrMeasureId: {timescaleName: "text"}}}.
     * Unknown ids or names are refused so a typo in configuration cannot silently fall back to the default.
     */
    public RuleCatalogue withTimescales(Map<String, Map<String, String>> overrides) {
        Map<String, Rule> changedRules = new LinkedHashMap<>(rules);
        Map<String, MeasureRule> changedMeasures = new LinkedHashMap<>(measures);
        overrides.forEach((id, timescales) -> timescales.forEach((name, text) -> {
            Timescale timescale = Timescale.parse(text);
            if (changedRules.containsKey(id)) {
                changedRules.put(id, changedRules.get(id).withTimescale(name, timescale));
            } else if (changedMeasures.containsKey(id)) {
                changedMeasures.put(id, changedMeasures.get(id).withTimescale(name, timescale));
            } else {
                throw new IllegalArgumentException("No rule or measure '" + id + "' to set the timescale of; known: "
                        + new ArrayList<>(changedRules.keySet()) + " " + new ArrayList<>(changedMeasures.keySet()));
            }
        }));
        return new RuleCatalogue(changedRules, changedMeasures);
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public List<Rule> rulesFor(SubjectKind kind) {
        return rules.values().stream().filter(rule -> rule.subjectKind() == kind).toList();
    }

    public List<MeasureRule> measures() {
        return List.copyOf(measures.values());
    }

    public List<MeasureRule> measuresFor(SubjectKind kind) {
        return measures.values().stream().filter(measure -> measure.subjectKind() == kind).toList();
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Optional<MeasureRule> measure(String id) {
        return Optional.ofNullable(measures.get(id));
    }

    /** Every KPI: one per rule and one per measure. */
    public List<KpiDefinition> kpis() {
        List<KpiDefinition> kpis = new ArrayList<>();
        rules.values().forEach(rule -> kpis.add(rule.kpi()));
        measures.values().forEach(measure -> kpis.add(measure.kpi()));
        return kpis;
    }
}
