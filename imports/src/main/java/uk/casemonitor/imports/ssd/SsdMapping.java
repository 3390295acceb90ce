package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.AssessmentCompleted;
import uk.casemonitor.core.childcase.AssessmentStarted;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.BecameLookedAfter;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.CareLeaverStatus;
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
import uk.casemonitor.core.childcase.HealthAssessmentKind;
import uk.casemonitor.core.childcase.InitialChildProtectionConferenceHeld;
import uk.casemonitor.core.childcase.LookedAfterReviewHeld;
import uk.casemonitor.core.childcase.PathwayPlanReviewed;
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
import uk.casemonitor.imports.returns.CinCensusCodes;
import uk.casemonitor.imports.returns.Ssda903Codes;
import uk.casemonitor.imports.ssd.SsdCodes.Answer;
import uk.casemonitor.imports.ssd.SsdCodes.HealthCheck;
import uk.casemonitor.imports.ssd.SsdCodes.HealthCheckStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static uk.casemonitor.imports.ssd.MappedRow.NOT_YET_STAMPED;

/**
 * One night's SSD snapshot as the monitor's events, row by row: which column becomes which event
 * is set out in docs/ssd-mapping.md. Every row that can be read is mapped; a row with a problem is
 * reported and left out. Event ids are the table, the row id and the kind of event, so the same
 * row gives the same ids every night.
 */
final class SsdMapping {

    static final String RECORDED_BY = "ssd-import";

    /** The monitor's subject ids, as the API accepts them. */
    private static final Pattern SUBJECT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_ID = 64;

    /** The snapshot mapped: every row read (with or without events) and each problem found. */
    record Snapshot(List<MappedRow> rows, List<SsdRowProblem> problems) {
    }

    private final Map<SsdTable, List<SsdRow>> tables;
    private final LocalDate today;
    private final List<SsdRowProblem> problems = new ArrayList<>();
    private final SsdLinks links;

    private SsdMapping(Map<SsdTable, List<SsdRow>> tables, LocalDate today) {
        this.tables = tables;
        this.today = today;
        this.links = new SsdLinks(tables, today);
    }

    /** @param tables the tables present tonight, each with all its rows */
    static Snapshot map(Map<SsdTable, List<SsdRow>> tables, LocalDate today) {
        return new SsdMapping(tables, today).map();
    }

    private Snapshot map() {
        List<MappedRow> rows = new ArrayList<>();
        for (SsdTable table : SsdTable.values()) {
            Map<String, Integer> seen = new HashMap<>();
            for (SsdRow row : tables.getOrDefault(table, List.of())) {
                SsdValues values = new SsdValues(row, today, problems);
                if (row.rowId().isEmpty()) {
                    values.problem(table.idColumn(), "is blank: a row without its id cannot be followed from one night to the next");
                    continue;
                }
                Integer first = seen.putIfAbsent(row.rowId(), row.place());
                if (first != null) {
                    values.problem(table.idColumn(), "'" + row.rowId() + "' is also the id of the row at " + first
                            + ": only that first row is imported");
                    continue;
                }
                rows.add(map(values));
            }
        }
        return new Snapshot(new PracticeOutsideItsEpisode(problems).leaveOut(rows), List.copyOf(problems));
    }

    private MappedRow map(SsdValues values) {
        SsdRow row = values.row();
        String child = childOf(values);
        List<ChildCaseEvent> events = new ArrayList<>();
        if (child != null) {
            Events out = new Events(row.table(), row.rowId(), child, events);
            switch (row.table()) {
                case PERSON -> person(values, out);
                case CIN_EPISODES -> referral(values, out);
                case CIN_ASSESSMENTS -> assessment(values, out);
                case S47_ENQUIRY -> section47Enquiry(values, out);
                case INITIAL_CP_CONFERENCE -> initialConference(values, out);
                case CP_PLANS -> protectionPlan(values, out);
                case CP_VISITS -> visit(values, out, VisitType.CHILD_PROTECTION, "cppv_cp_visit");
                case CP_REVIEWS -> protectionReview(values, out);
                case CIN_PLANS -> childInNeedPlan(values, out);
                case CIN_VISITS -> visit(values, out, VisitType.CHILD_IN_NEED, "cinv_cin_visit");
                case CLA_EPISODES -> careEpisode(values, out);
                case CLA_PLACEMENT -> placement(values, out);
                case CLA_VISITS -> visit(values, out, VisitType.LOOKED_AFTER, "clav_cla_visit");
                case CLA_REVIEWS -> lookedAfterReview(values, out);
                case CLA_HEALTH -> healthCheck(values, out);
                case CARE_LEAVERS -> careLeaver(values, out);
                case INVOLVEMENTS -> involvement(values, out);
            }
        }
        boolean faulty = child == null || values.faulty();
        return new MappedRow(row.table(), row.rowId(), row.place(), child == null ? "" : child,
                             faulty ? List.of() : events, faulty);
    }

    /** The child's id is the SSD's person id: the monitor and the case system then name the child alike. */
    private String childOf(SsdValues values) {
        String column = switch (values.row().table()) {
            case PERSON -> "pers_person_id";
            case CIN_EPISODES -> "cine_person_id";
            case CIN_ASSESSMENTS -> "cina_person_id";
            case S47_ENQUIRY -> "s47e_person_id";
            case INITIAL_CP_CONFERENCE -> "icpc_person_id";
            case CP_PLANS -> "cppl_person_id";
            case CP_VISITS -> "cppv_person_id";
            case CP_REVIEWS -> "cppr_person_id";
            case CIN_PLANS -> "cinp_person_id";
            case CIN_VISITS -> "cinv_person_id";
            case CLA_EPISODES -> "clae_person_id";
            case CLA_PLACEMENT -> "clap_person_id";
            case CLA_VISITS -> "clav_person_id";
            case CLA_REVIEWS -> "clar_person_id";
            case CLA_HEALTH -> "clah_person_id";
            case CARE_LEAVERS -> "clea_person_id";
            case INVOLVEMENTS -> "invo_person_id";
        };
        String child = values.text(column);
        if (child.isEmpty() && values.row().table() == SsdTable.CLA_REVIEWS) {
            String periodOfCare = values.text("clar_cla_id");
            child = links.personOfPeriodOfCare(periodOfCare).orElse(null);
            if (child == null) {
                values.problem("clar_cla_id", "'" + periodOfCare + "' is no period of care (clae_cla_id) in ssd_cla_episodes,"
                        + " and the review has no clar_person_id: whose review it is cannot be told");
                return null;
            }
        }
        if (child.isEmpty()) {
            values.problem(column, "is blank: the row belongs to no child");
            return null;
        }
        if (!SUBJECT_ID.matcher(child).matches()) {
            values.problem(column, "'" + child + "' cannot be a child's id in the monitor (1 to 64 letters, digits, '.', '_' or '-')");
            return null;
        }
        return child;
    }

    private void person(SsdValues values, Events out) {
        values.requiredDate("pers_dob").ifPresent(born -> out.add(new ChildDetailsRecorded(out.child, out.id("details"),
                born, NOT_YET_STAMPED, RECORDED_BY, born)));
    }

    /**
     * The SSD records what a referral led to, never when that was decided: as with the CIN census,
     * the decision is dated on the referral date (no further action, or whichever came first of a
     * section 47 enquiry and an assessment under the referral).
     */
    private void referral(SsdValues values, Events out) {
        Optional<LocalDate> referred = values.requiredDate("cine_referral_date");
        String source = code(values, "cine_referral_source_code", CinCensusCodes.REFERRAL_SOURCES);
        Boolean noFurtherAction = values.flag("cine_referral_nfa");
        Optional<LocalDate> closed = values.date("cine_close_date");
        String reason = code(values, "cine_close_reason", CinCensusCodes.REASONS_FOR_CLOSURE);
        if (referred.isEmpty()) {
            return;
        }
        LocalDate date = referred.get();
        out.add(new ReferralReceived(out.child, out.id("referral"), date, NOT_YET_STAMPED, RECORDED_BY, source));
        Optional<ReferralDecision> decision = Boolean.TRUE.equals(noFurtherAction)
                ? Optional.of(ReferralDecision.NO_FURTHER_ACTION) : links.decisionOnReferral(values.row().rowId());
        decision.ifPresent(made -> out.add(new ReferralDecisionMade(out.child, out.id("decision"), date,
                NOT_YET_STAMPED, RECORDED_BY, made)));
        if (closed.isPresent()) {
            if (closed.get().isBefore(date)) {
                values.problem("cine_close_date", closed.get() + " is before the referral on " + date);
                return;
            }
            out.add(new CaseClosed(out.child, out.id("closed"), closed.get(), NOT_YET_STAMPED, RECORDED_BY, reason));
        }
    }

    private void assessment(SsdValues values, Events out) {
        Optional<LocalDate> started = values.requiredDate("cina_assessment_start_date");
        Optional<LocalDate> completed = values.date("cina_assessment_auth_date");
        started.ifPresent(date -> out.add(new AssessmentStarted(out.child, out.id("started"), date, NOT_YET_STAMPED,
                RECORDED_BY)));
        completed.ifPresent(date -> {
            if (started.isPresent() && date.isBefore(started.get())) {
                values.problem("cina_assessment_auth_date", date + " is before the assessment started on " + started.get());
            } else {
                // The SSD's authorisation date is the date the assessment was completed, as in the census.
                out.add(new AssessmentCompleted(out.child, out.id("completed"), date, NOT_YET_STAMPED, RECORDED_BY));
            }
        });
    }

    /**
     * The SSD has no strategy discussion: the enquiry's start stands for the discussion that began
     * it (as for the CIN census), so the ICPC's 15 working days (WT2023) count from the earliest date
     * the SSD supports.
     */
    private void section47Enquiry(SsdValues values, Events out) {
        Optional<LocalDate> started = values.requiredDate("s47e_s47_start_date");
        Optional<LocalDate> ended = values.date("s47e_s47_end_date");
        Boolean noFurtherAction = values.flag("s47e_s47_nfa");
        if (started.isEmpty()) {
            return;
        }
        out.add(new StrategyDiscussionHeld(out.child, out.id("strategy-discussion"), started.get(), NOT_YET_STAMPED,
                RECORDED_BY, true));
        out.add(new Section47EnquiryStarted(out.child, out.id("started"), started.get(), NOT_YET_STAMPED, RECORDED_BY));
        if (ended.isPresent()) {
            if (ended.get().isBefore(started.get())) {
                values.problem("s47e_s47_end_date", ended.get() + " is before the enquiry started on " + started.get());
                return;
            }
            // Blank NFA: the concerns were substantiated when the enquiry led to an initial conference.
            boolean substantiated = noFurtherAction != null ? !noFurtherAction
                    : links.enquiryLedToConference(values.row().rowId());
            out.add(new Section47EnquiryCompleted(out.child, out.id("completed"), ended.get(), NOT_YET_STAMPED,
                    RECORDED_BY, substantiated));
        }
    }

    private void initialConference(SsdValues values, Events out) {
        Optional<LocalDate> held = values.date("icpc_icpc_date");
        Boolean planMade = values.flag("icpc_icpc_outcome_cp_flag");
        // Only a target date, no conference yet: nothing has happened to record.
        held.ifPresent(date -> out.add(new InitialChildProtectionConferenceHeld(out.child, out.id("held"), date,
                NOT_YET_STAMPED, RECORDED_BY,
                planMade != null ? planMade : links.conferenceMadePlan(values.row().rowId(), out.child, date))));
    }

    private void protectionPlan(SsdValues values, Events out) {
        Optional<LocalDate> started = values.requiredDate("cppl_cp_plan_start_date");
        Optional<LocalDate> ended = values.date("cppl_cp_plan_end_date");
        String code = values.text("cppl_cp_plan_initial_category");
        var category = SsdCodes.category(code);
        if (category.isEmpty()) {
            values.problem("cppl_cp_plan_initial_category", code.isEmpty() ? "is blank: a plan's category of abuse is needed"
                    : "'" + code + "' is no category of abuse (NEG, PHY, EMO, SAB, MUL)");
        }
        if (started.isEmpty() || category.isEmpty()) {
            return;
        }
        out.add(new ChildProtectionPlanStarted(out.child, out.id("started"), started.get(), NOT_YET_STAMPED,
                RECORDED_BY, category.get()));
        endOf(values, out, "cppl_cp_plan_end_date", started.get(), ended, date ->
                new ChildProtectionPlanEnded(out.child, out.id("ended"), date, NOT_YET_STAMPED, RECORDED_BY));
    }

    private void protectionReview(SsdValues values, Events out) {
        Optional<LocalDate> held = values.date("cppr_cp_review_date");
        Boolean continues = values.flag("cppr_cp_review_outcome_continue_cp");
        // A review only due (no date held) is not yet practice to record.
        held.ifPresent(date -> out.add(new ReviewChildProtectionConferenceHeld(out.child, out.id("held"), date,
                NOT_YET_STAMPED, RECORDED_BY,
                continues != null ? continues : links.planContinuesAfter(values.text("cppr_cp_plan_id"), date))));
    }

    private void childInNeedPlan(SsdValues values, Events out) {
        Optional<LocalDate> started = values.requiredDate("cinp_cin_plan_start_date");
        Optional<LocalDate> ended = values.date("cinp_cin_plan_end_date");
        if (started.isEmpty()) {
            return;
        }
        out.add(new ChildInNeedPlanStarted(out.child, out.id("started"), started.get(), NOT_YET_STAMPED, RECORDED_BY));
        endOf(values, out, "cinp_cin_plan_end_date", started.get(), ended, date ->
                new ChildInNeedPlanEnded(out.child, out.id("ended"), date, NOT_YET_STAMPED, RECORDED_BY));
    }

    /** Visit tables carry no worker: the worker allocated on the visit's date (ssd_involvements) is the visiting one. */
    private void visit(SsdValues values, Events out, VisitType type, String prefix) {
        Optional<LocalDate> made = values.requiredDate(prefix + "_date");
        Boolean seen = values.flag(prefix + "_seen");
        Boolean seenAlone = values.flag(prefix + "_seen_alone");
        if (Boolean.TRUE.equals(seenAlone) && Boolean.FALSE.equals(seen)) {
            values.problem(prefix + "_seen_alone", "is Y but " + prefix + "_seen is N: a child not seen cannot be seen alone");
            return;
        }
        made.ifPresent(date -> out.add(new VisitMade(out.child, out.id("visit"), date, NOT_YET_STAMPED, RECORDED_BY,
                type, seen, seenAlone, null)));
    }

    /**
     * An SSD care episode is an SSDA903 episode: the first of a period of care (clae_cla_id) is when
     * the child became looked after; one ceasing for any reason but X1 (a new episode follows) is
     * when they ceased to be. Placements come from ssd_cla_placement.
     */
    private void careEpisode(SsdValues values, Events out) {
        Optional<LocalDate> started = values.requiredDate("clae_cla_episode_start_date");
        Optional<LocalDate> ceased = values.date("clae_cla_episode_ceased_date");
        String reason = code(values, "clae_cla_episode_ceased_reason", Ssda903Codes.REASONS_EPISODE_CEASED);
        if (started.isEmpty()) {
            return;
        }
        String period = SsdLinks.periodOfCare(values.row());
        if (links.isFirstEpisode(period, values.row().rowId())) {
            out.add(new BecameLookedAfter(out.child, out.id("looked-after"), started.get(), NOT_YET_STAMPED,
                    RECORDED_BY, null));
        }
        if (ceased.isPresent() && !Ssda903Codes.EPISODE_CONTINUES.equals(reason)
                && (reason != null || links.isLastEpisode(period, values.row().rowId()))) {
            endOf(values, out, "clae_cla_episode_ceased_date", started.get(), ceased, date ->
                    new CeasedToBeLookedAfter(out.child, out.id("ceased"), date, NOT_YET_STAMPED, RECORDED_BY, reason));
        }
    }

    /**
     * The first placement of a period of care starts it; each later one is a move, carrying the
     * reason recorded on the placement it ended. A last placement that ends without the child
     * ceasing to be looked after that day ended on its own.
     */
    private void placement(SsdValues values, Events out) {
        Optional<LocalDate> started = values.requiredDate("clap_cla_placement_start_date");
        Optional<LocalDate> ended = values.date("clap_cla_placement_end_date");
        String type = code(values, "clap_cla_placement_type", Ssda903Codes.PLACEMENT_TYPES);
        if (started.isEmpty() || values.faulty()) {
            return;
        }
        boolean longTerm = type != null && Ssda903Codes.LONG_TERM_PLACEMENTS.contains(type);
        String period = SsdLinks.periodOfPlacement(values.row());
        Optional<SsdRow> previous = links.placementBefore(period, values.row().rowId());
        if (previous.isEmpty()) {
            out.add(new PlacementStarted(out.child, out.id("started"), started.get(), NOT_YET_STAMPED, RECORDED_BY,
                    type, longTerm));
        } else {
            String reason = previous.get().value("CLAP_CLA_PLACEMENT_CHANGE_REASON");
            out.add(new PlacementChanged(out.child, out.id("changed"), started.get(), NOT_YET_STAMPED, RECORDED_BY,
                    type, longTerm, reason.isEmpty() || reason.length() > 500 ? null : reason));
        }
        if (ended.isPresent() && links.isLastPlacement(period, values.row().rowId())
                && !links.ceasedToBeLookedAfterOn(out.child, ended.get())) {
            endOf(values, out, "clap_cla_placement_end_date", started.get(), ended, date ->
                    new PlacementEnded(out.child, out.id("ended"), date, NOT_YET_STAMPED, RECORDED_BY));
        }
    }

    private void lookedAfterReview(SsdValues values, Events out) {
        Optional<LocalDate> held = values.date("clar_cla_review_date");
        Boolean cancelled = values.flag("clar_cla_review_cancelled");
        if (held.isPresent() && !Boolean.TRUE.equals(cancelled)) {
            out.add(new LookedAfterReviewHeld(out.child, out.id("held"), held.get(), NOT_YET_STAMPED, RECORDED_BY));
        }
    }

    /**
     * Only a completed check is practice done. The type is free text: when it does not say initial
     * or review, a child's first health assessment in a period of care is the initial one
     * (Promoting the health of looked-after children, 2015: within 20 working days of coming into care).
     */
    private void healthCheck(SsdValues values, Events out) {
        String typeText = values.text("clah_health_check_type");
        String statusText = values.text("clah_health_check_status");
        Optional<HealthCheck> type = SsdCodes.healthCheck(typeText);
        Optional<HealthCheckStatus> status = SsdCodes.healthCheckStatus(statusText);
        if (status.isEmpty()) {
            values.problem("clah_health_check_status", "'" + statusText + "' is not Planned, Refused, Cancelled or Completed");
            return;
        }
        if (type.isEmpty()) {
            values.problem("clah_health_check_type", "'" + typeText + "' is neither a health assessment nor a dental check");
            return;
        }
        if (status.get() != HealthCheckStatus.COMPLETED) {
            // A check planned for next month is not a date in the future wrongly recorded.
            return;
        }
        Optional<LocalDate> done = values.date("clah_health_check_date");
        if (done.isEmpty()) {
            if (values.text("clah_health_check_date").isEmpty()) {
                values.problem("clah_health_check_date", "is blank for a completed check");
            }
            return;
        }
        LocalDate date = done.get();
        switch (type.get()) {
            case DENTAL_CHECK -> out.add(new DentalCheckCompleted(out.child, out.id("dental-check"), date,
                    NOT_YET_STAMPED, RECORDED_BY));
            case INITIAL_HEALTH_ASSESSMENT, REVIEW_HEALTH_ASSESSMENT, HEALTH_ASSESSMENT -> {
                HealthAssessmentKind kind = switch (type.get()) {
                    case INITIAL_HEALTH_ASSESSMENT -> HealthAssessmentKind.INITIAL;
                    case REVIEW_HEALTH_ASSESSMENT -> HealthAssessmentKind.REVIEW;
                    default -> links.isFirstHealthAssessmentOfItsCare(out.child, values.row().rowId(), date)
                            ? HealthAssessmentKind.INITIAL : HealthAssessmentKind.REVIEW;
                };
                out.add(new HealthAssessmentCompleted(out.child, out.id("health-assessment"), date, NOT_YET_STAMPED,
                        RECORDED_BY, kind));
            }
        }
    }

    /**
     * A care leaver's latest state. The status the row gives now becomes the statuses the young person
     * came through, dated by the regulations' definitions (see {@link SsdLinks#careLeaverSteps}); the
     * latest contact with the personal adviser and the latest pathway plan (or its review) are each an
     * event named by its date, so that a later one tomorrow is a further event, not a correction of
     * this one. Allocation comes from ssd_involvements, as for every child: this row's team and worker
     * are undated.
     */
    private void careLeaver(SsdValues values, Events out) {
        String text = values.text("clea_care_leaver_eligibility");
        Optional<SsdCodes.Eligibility> eligibility = SsdCodes.eligibility(text);
        if (eligibility.isEmpty()) {
            values.problem("clea_care_leaver_eligibility", text.isEmpty() ? "is blank"
                    : "'" + text + "' is not Eligible, Relevant, Former Relevant, Qualifying or No Current Eligibility");
        }
        Optional<LocalDate> contact = values.date("clea_care_leaver_latest_contact");
        Optional<LocalDate> pathwayPlan = values.date("clea_pathway_plan_review_date");
        Answer inTouch = answer(values, "clea_care_leaver_in_touch", SsdCodes::inTouch,
                "is not an in-touch code (YES, NO, DIED, REFU, NREQ, RHOM)");
        String accommodation = code(values, "clea_care_leaver_accommodation", SsdCodes.ACCOMMODATION);
        Answer suitable = answer(values, "clea_care_leaver_accom_suitable", SsdCodes::suitable,
                "is neither 1 (suitable) nor 2 (unsuitable)");
        Answer neet = answer(values, "clea_care_leaver_activity", SsdCodes::notInEducationEmploymentOrTraining,
                "is not an activity code (F1-F5, P1-P5, G4-G6)");
        if (values.faulty() || eligibility.get() == SsdCodes.Eligibility.OTHER) {
            // A qualifying care leaver, or support ended: no duty to follow, and what was recorded stays.
            return;
        }
        CareLeaverStatus now = CareLeaverStatus.valueOf(eligibility.get().name());
        List<SsdLinks.CareLeaverStep> steps = links.careLeaverSteps(out.child, now);
        if (steps.isEmpty()) {
            values.problem("clea_care_leaver_eligibility", "'" + text + "' cannot be dated: the young person has no date of"
                    + " birth in ssd_person (or is younger than the status allows) and no period of care in ssd_cla_episodes");
            return;
        }
        for (SsdLinks.CareLeaverStep step : steps) {
            out.add(new BecameCareLeaver(out.child, out.id("status:" + (step.status().ordinal() + 1) + "-"
                    + step.status().name().toLowerCase(Locale.ROOT)), step.on(), NOT_YET_STAMPED, RECORDED_BY,
                    step.status()));
        }
        pathwayPlan.ifPresent(date -> out.add(new PathwayPlanReviewed(out.child, out.id("pathway-plan:" + date), date,
                NOT_YET_STAMPED, RECORDED_BY)));
        contact.ifPresent(date -> out.add(new CareLeaverContactMade(out.child, out.id("contact:" + date), date,
                NOT_YET_STAMPED, RECORDED_BY, inTouch.asFlag(), accommodation, suitable.asFlag(), neet.asFlag())));
    }

    private static Answer answer(SsdValues values, String column, Function<String, Optional<Answer>> read,
                                 String unknown) {
        String text = values.text(column);
        Optional<Answer> answer = read.apply(text);
        if (answer.isEmpty()) {
            values.problem(column, "'" + text + "' " + unknown);
            return Answer.NOT_KNOWN;
        }
        return answer.get();
    }

    /**
     * An involvement is a worker, a team or both allocated to the child from its start date; the
     * next involvement replaces it, so its end date needs no event of its own.
     */
    private void involvement(SsdValues values, Events out) {
        Optional<LocalDate> started = values.requiredDate("invo_involvement_start_date");
        String worker = values.text("invo_professional_id");
        String team = values.text("invo_professional_team");
        if (worker.isEmpty() && team.isEmpty()) {
            values.problem("invo_professional_id", "is blank, and so is invo_professional_team: nobody is allocated");
        }
        if (worker.length() > MAX_ID) {
            values.problem("invo_professional_id", "is longer than " + MAX_ID + " characters");
        }
        if (team.length() > MAX_ID) {
            values.problem("invo_professional_team", "is longer than " + MAX_ID + " characters");
        }
        if (started.isEmpty() || values.faulty()
            || links.supersededOnItsFirstDay(out.child, started.get(), values.date("invo_involvement_end_date"))) {
            return;
        }
        if (!team.isEmpty()) {
            out.add(new TeamAssigned(out.child, out.id("team"), started.get(), NOT_YET_STAMPED, RECORDED_BY, team));
        }
        if (!worker.isEmpty()) {
            out.add(new WorkerAllocated(out.child, out.id("worker"), started.get(), NOT_YET_STAMPED, RECORDED_BY, worker));
        }
    }

    /** An episode's end, unless it is before its start (a problem). */
    private static void endOf(SsdValues values, Events out, String column, LocalDate started, Optional<LocalDate> ended,
                              Function<LocalDate, ChildCaseEvent> event) {
        ended.ifPresent(date -> {
            if (date.isBefore(started)) {
                values.problem(column, date + " is before the start on " + started);
            } else {
                out.add(event.apply(date));
            }
        });
    }

    /** A DfE code, or null when blank; an unknown code is a problem. */
    private static String code(SsdValues values, String column, Set<String> known) {
        String code = values.text(column);
        if (code.isEmpty()) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (!known.contains(upper)) {
            values.problem(column, "'" + code + "' is not a known code");
            return null;
        }
        return upper;
    }

    /** The events of one row, with ids that are the row's: {@code ssd:<table>:<row id>:<kind>}. */
    private static final class Events {

        private final SsdTable table;
        private final String rowId;
        private final String child;
        private final List<ChildCaseEvent> list;

        Events(SsdTable table, String rowId, String child, List<ChildCaseEvent> list) {
            this.table = table;
            this.rowId = rowId;
            this.child = child;
            this.list = list;
        }

        String id(String kind) {
            return SsdEventIds.of(table, rowId, kind);
        }

        void add(ChildCaseEvent event) {
            list.add(event);
        }
    }
}
