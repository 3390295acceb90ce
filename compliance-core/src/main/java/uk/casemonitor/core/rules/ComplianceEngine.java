package uk.casemonitor.core.rules;

import uk.casemonitor.core.calendar.Timescale;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.childcase.CaseEpisodes;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildDetailsRecorded;
import uk.casemonitor.core.childcase.DutyNoLongerApplies;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.childcase.TeamAssigned;
import uk.casemonitor.core.childcase.WorkerAllocated;
import uk.casemonitor.core.fostercarer.FosterCarerApproved;
import uk.casemonitor.core.fostercarer.FosterCarerDeregistered;
import uk.casemonitor.core.fostercarer.FosterCarerTeamAssigned;
import uk.casemonitor.core.fostercarer.SupervisingSocialWorkerAllocated;
import uk.casemonitor.core.recording.PracticeEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Replays one child's or carer's events in the order they happened and turns them into
 * obligations and observations by the rules of the catalogue. Pure: the same events and rules
 * always give the same result, which is what lets auditors reconstruct compliance as of any date
 * and lets a projection rebuild recompute history after a timescale changes.
 */
public final class ComplianceEngine {

    /**
     * Events that begin something sort first on their day, endings last, so same-day practice counts.
     * Episode starts and ends are the episode model's ({@link CaseEpisodes}); these are the rest.
     */
    private static final Set<Class<?>> BEGINNINGS = Set.of(
            ChildDetailsRecorded.class, ReferralReceived.class, TeamAssigned.class, WorkerAllocated.class,
            FosterCarerApproved.class, FosterCarerTeamAssigned.class, SupervisingSocialWorkerAllocated.class);
    private static final Set<Class<?>> ENDINGS = Set.of(FosterCarerDeregistered.class);

    private final RuleCatalogue catalogue;
    private final WorkingDayCalendar calendar;
    private final Supplier<MonitoringHorizon> horizon;

    public ComplianceEngine(RuleCatalogue catalogue, WorkingDayCalendar calendar) {
        this(catalogue, calendar, MonitoringHorizon.WHOLE_HISTORY);
    }

    public ComplianceEngine(RuleCatalogue catalogue, WorkingDayCalendar calendar, MonitoringHorizon horizon) {
        this(catalogue, calendar, () -> horizon);
    }

    /** @param horizon read at each evaluation: an import or the demo may set where monitoring begins */
    public ComplianceEngine(RuleCatalogue catalogue, WorkingDayCalendar calendar, Supplier<MonitoringHorizon> horizon) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.horizon = horizon;
    }

    public MonitoringHorizon horizon() {
        return horizon.get();
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * @param events the subject's events in the order they were recorded (stream order)
     */
    public CaseEvaluation evaluate(SubjectKind kind, String subjectId, List<? extends PracticeEvent> events) {
        List<PracticeEvent> byDate = inOrderOfOccurrence(events);
        CaseContext context = new CaseContext();
        Map<String, Chain> chains = new LinkedHashMap<>();
        List<Rule> rules = catalogue.rulesFor(kind);
        rules.stream().filter(rule -> !rule.isPerItem())
             .forEach(rule -> chains.put(rule.id(), new Chain(rule, subjectId, null)));
        List<Obligation> obligations = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        ApprovalTracker approvals = new ApprovalTracker();

        for (PracticeEvent event : byDate) {
            context.apply(event);
            if (kind == SubjectKind.FOSTER_CARER) {
                approvals.observe(context, event.occurredAt());
            }
            for (Rule rule : rules) {
                if (rule.isPerItem() && rule.isTriggeredBy(event)) {
                    rule.itemsOf(event).forEach(item ->
                            chains.putIfAbsent(rule.id() + "/" + item.key(), new Chain(rule, subjectId, item)));
                }
            }
            for (Chain chain : chains.values()) {
                chain.handle(event, context, obligations);
            }
            for (MeasureRule measure : catalogue.measuresFor(kind)) {
                measure.observer().observe(event, context, measure, calendar).ifPresent(observation ->
                        measures.add(new Measure(measure.id(), subjectId, event.eventId(), event.occurredAt(),
                                observation.hit(), observation.detail(), context.teamId(), context.workerId())));
            }
        }
        for (Chain chain : chains.values()) {
            chain.stillOpen(context).ifPresent(obligations::add);
        }
        obligations.replaceAll(horizon.get()::judge);
        obligations.sort(Comparator.comparing(Obligation::dueOn).thenComparing(Obligation::key));
        return new CaseEvaluation(kind, subjectId, List.copyOf(obligations), List.copyOf(measures),
                                  kind == SubjectKind.FOSTER_CARER ? approvals.periods() : episodesOf(context),
                                  context.teamId(), context.workerId());
    }

    private static List<CaseEvaluation.EpisodePeriod> episodesOf(CaseContext context) {
        return context.episodes().stretches().stream()
                .map(stretch -> new CaseEvaluation.EpisodePeriod(stretch.episode().name(), stretch.start(), stretch.end()))
                .toList();
    }

    static List<PracticeEvent> inOrderOfOccurrence(List<? extends PracticeEvent> events) {
        List<Indexed> indexed = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            indexed.add(new Indexed(i, events.get(i), rank(events.get(i))));
        }
        indexed.sort(Comparator.comparing((Indexed e) -> e.event().occurredAt())
                               .thenComparingInt(Indexed::rank)
                               .thenComparingInt(Indexed::position));
        return indexed.stream().map(Indexed::event).toList();
    }

    private static int rank(PracticeEvent event) {
        if (BEGINNINGS.contains(event.getClass()) || event instanceof ChildCaseEvent child && CaseEpisodes.begins(child)) {
            return 0;
        }
        boolean ending = ENDINGS.contains(event.getClass()) || event instanceof ChildCaseEvent child && CaseEpisodes.ends(child);
        return ending ? 2 : 1;
    }

    private record Indexed(int position, PracticeEvent event, int rank) {
    }

    /**
     * One rule's running duty for one subject, or for one item of a per-item rule: at most one
     * obligation open at a time.
     */
    private final class Chain {

        private final Rule rule;
        private final String subjectId;
        /** Null unless the rule is per item. */
        private final Rule.Item item;
        private String openKey;
        private String openedBy;
        private LocalDate openedOn;
        private LocalDate dueOn;
        private int step;

        Chain(Rule rule, String subjectId, Rule.Item item) {
            this.rule = rule;
            this.subjectId = subjectId;
            this.item = item;
        }

        void handle(PracticeEvent event, CaseContext context, List<Obligation> out) {
            LocalDate date = event.occurredAt();
            if (isOpen() && (!rule.appliesIn(context) || (rule.isEndedBy(event) && endsThisItem(event))
                             || decidedNoLongerApplies(event))) {
                out.add(close(date, event.eventId(), endedStatus(date), context));
            }
            if (isOpen() && rule.isSatisfiedBy(event) && namesThisItem(event)) {
                ObligationStatus met = date.isAfter(dueOn) ? ObligationStatus.MET_LATE : ObligationStatus.MET_ON_TIME;
                out.add(close(date, event.eventId(), met, context));
                if (rule.repeatsAfterSatisfied() && rule.appliesIn(context)) {
                    open(event, date, step + 1, context);
                }
                return;
            }
            if (rule.isTriggeredBy(event) && namesThisItem(event) && rule.appliesIn(context)) {
                if (isOpen() && rule.restartsOnTrigger()) {
                    ObligationStatus replaced = rule.latestTriggerGoverns() ? ObligationStatus.CANCELLED : endedStatus(date);
                    out.add(close(date, event.eventId(), replaced, context));
                }
                if (!isOpen()) {
                    open(event, rule.anchorFor(context, event), 0, context);
                }
            }
        }

        /** A recorded decision, with its reason, that this rule's duty no longer applies to the child. */
        private boolean decidedNoLongerApplies(PracticeEvent event) {
            return event instanceof DutyNoLongerApplies decision && decision.rule().equals(rule.id());
        }

        /** Ended or replaced: a breach if the deadline had already passed, otherwise no longer owed. */
        private ObligationStatus endedStatus(LocalDate date) {
            return date.isAfter(dueOn) ? ObligationStatus.MISSED : ObligationStatus.CANCELLED;
        }

        private boolean isOpen() {
            return openKey != null;
        }

        private boolean namesThisItem(PracticeEvent event) {
            return item == null || rule.itemsOf(event).stream().anyMatch(named -> named.key().equals(item.key()));
        }

        /** An ending event naming no item ends every item (the case closed); otherwise only those it names. */
        private boolean endsThisItem(PracticeEvent event) {
            return item == null || rule.itemsOf(event).isEmpty() || namesThisItem(event);
        }

        private void open(PracticeEvent by, LocalDate from, int nextStep, CaseContext context) {
            if (item != null && item.dueOn() != null) {
                dueOn = item.dueOn();
            } else {
                Timescale timescale = rule.timescaleFor(context, nextStep, from);
                dueOn = timescale.dueDate(from, calendar);
            }
            openKey = rule.id() + "/" + (item == null ? by.eventId() : item.key());
            openedBy = by.eventId();
            openedOn = by.occurredAt();
            step = nextStep;
        }

        private Obligation close(LocalDate on, String by, ObligationStatus status, CaseContext context) {
            Obligation closed = new Obligation(openKey, rule.id(), subjectId, openedOn, dueOn, openedBy, status, on, by,
                                               context.teamId(), context.workerId());
            openKey = null;
            return closed;
        }

        java.util.Optional<Obligation> stillOpen(CaseContext context) {
            if (!isOpen()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Obligation(openKey, rule.id(), subjectId, openedOn, dueOn, openedBy,
                    ObligationStatus.OPEN, null, null, context.teamId(), context.workerId()));
        }
    }

    /**
     * A carer's approvals, as the context opens and closes them. A second approval while approved
     * leaves the period as it started.
     */
    private static final class ApprovalTracker {

        private final List<CaseEvaluation.EpisodePeriod> closed = new ArrayList<>();
        private LocalDate approvedSince;

        void observe(CaseContext context, LocalDate date) {
            if (context.isApproved() && approvedSince == null) {
                approvedSince = context.approvedOn();
            } else if (!context.isApproved() && approvedSince != null) {
                closed.add(new CaseEvaluation.EpisodePeriod("APPROVED", approvedSince, date));
                approvedSince = null;
            }
        }

        List<CaseEvaluation.EpisodePeriod> periods() {
            List<CaseEvaluation.EpisodePeriod> all = new ArrayList<>(closed);
            if (approvedSince != null) {
                all.add(new CaseEvaluation.EpisodePeriod("APPROVED", approvedSince, null));
            }
            return List.copyOf(all);
        }
    }
}
