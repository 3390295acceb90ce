package uk.casemonitor.core.rules;

import uk.casemonitor.core.calendar.Timescale;
import uk.casemonitor.core.recording.PracticeEvent;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One statutory or local-policy duty: what starts it, what satisfies it, what ends it and by when.
 * Built through {@link #forChildren(String)} or {@link #forFosterCarers(String)} so that a catalogue
 * entry reads like the row of the regulation it implements.
 */
public final class Rule {

    /** Chooses which named timescale governs the next deadline. */
    @FunctionalInterface
    public interface TimescaleChoice {
        String choose(CaseContext context, int step, LocalDate from);
    }

    /**
     * One of several things a single event owes at once (each action agreed at a case-file audit),
     * named by a key that later events use to say which one they satisfy.
     *
     * @param dueOn the date the trigger set for it; null when the rule's timescale governs
     */
    public record Item(String key, LocalDate dueOn) {

        public static Item named(String key) {
            return new Item(key, null);
        }
    }

    public static final String TIMESCALE = "timescale";

    private final String id;
    private final SubjectKind subjectKind;
    private String obligation = "";
    private String basis = "";
    private Predicate<CaseContext> appliesWhile = context -> true;
    private List<EventMatch> startsOn = List.of();
    private boolean restartsOnTrigger;
    private boolean latestTriggerGoverns;
    private List<EventMatch> satisfiedBy = List.of();
    private List<EventMatch> endedBy = List.of();
    private String endsWhen = "";
    private boolean repeats;
    private BiFunction<CaseContext, PracticeEvent, LocalDate> anchor = (context, event) -> event.occurredAt();
    private Map<String, Timescale> timescales = new LinkedHashMap<>();
    private TimescaleChoice timescaleChoice = (context, step, from) -> TIMESCALE;
    private String kpiLabel;
    private KpiStyle kpiStyle = KpiStyle.IN_DATE;
    private double kpiTarget = 0.9;
    private Function<PracticeEvent, List<Item>> items;

    private Rule(String id, SubjectKind subjectKind) {
        this.id = id;
        this.subjectKind = subjectKind;
    }

    public static Rule forChildren(String id) {
        return new Rule(id, SubjectKind.CHILD);
    }

    public static Rule forFosterCarers(String id) {
        return new Rule(id, SubjectKind.FOSTER_CARER);
    }

    // --- building -------------------------------------------------------------------------------

    public Rule obligation(String text) {
        this.obligation = text;
        return this;
    }

    public Rule basis(String text) {
        this.basis = text;
        return this;
    }

    /** The rule only runs while this holds, e.g. while a child-protection plan is open; when it stops holding, the duty ends. */
    public Rule appliesWhile(Predicate<CaseContext> condition) {
        this.appliesWhile = condition;
        return this;
    }

    public Rule startsOn(EventMatch... triggers) {
        this.startsOn = List.of(triggers);
        return this;
    }

    /** A newer trigger replaces the open obligation (e.g. the latest strategy discussion, a new placement). */
    public Rule restartsOn(EventMatch... triggers) {
        this.startsOn = List.of(triggers);
        this.restartsOnTrigger = true;
        return this;
    }

    /**
     * Like {@link #restartsOn}, but the deadline simply counts from the latest trigger: the replaced
     * obligation is withdrawn, not missed (the ICPC runs from the latest strategy discussion).
     */
    public Rule countsFromLatestOf(EventMatch... triggers) {
        restartsOn(triggers);
        this.latestTriggerGoverns = true;
        return this;
    }

    public Rule satisfiedBy(EventMatch... events) {
        this.satisfiedBy = List.of(events);
        return this;
    }

    public Rule endedBy(EventMatch... events) {
        this.endedBy = List.of(events);
        return this;
    }

    /**
     * What ends the duty besides meeting it, in words (the episode ending, the case closing...): the
     * engine ends it by {@link #appliesWhile} and {@link #endedBy}; this says so to the reader, in the
     * catalogue and the API, so no duty is left without an end.
     */
    public Rule endsWhen(String text) {
        this.endsWhen = text;
        return this;
    }

    /** Each satisfying event opens the next obligation, due from its own date ("each visit → next visit"). */
    public Rule repeats() {
        this.repeats = true;
        return this;
    }

    /**
     * One obligation per item instead of one at a time: a trigger opens one for each item it names,
     * due on the item's own date (or by the timescale when it has none); a satisfying event closes
     * the items it names; an ending event closes the items it names, or all of them when it names none.
     * Per-item duties do not repeat.
     */
    public Rule perItem(Function<PracticeEvent, List<Item>> itemsOfEvent) {
        this.items = itemsOfEvent;
        return this;
    }

    /** The date the deadline counts from, when it is not the trigger's own date. */
    public Rule countsFrom(BiFunction<CaseContext, PracticeEvent, LocalDate> anchor) {
        this.anchor = anchor;
        return this;
    }

    public Rule within(String timescale) {
        return timescale(TIMESCALE, timescale);
    }

    public Rule timescale(String name, String timescale) {
        this.timescales.put(name, Timescale.parse(timescale));
        return this;
    }

    public Rule choosingTimescale(TimescaleChoice choice) {
        this.timescaleChoice = choice;
        return this;
    }

    public Rule kpi(String label, KpiStyle style) {
        this.kpiLabel = label;
        this.kpiStyle = style;
        return this;
    }

    public Rule kpi(String label, KpiStyle style, double target) {
        kpi(label, style);
        this.kpiTarget = target;
        return this;
    }

    /** A copy with one named timescale replaced, for an authority's local policy. */
    public Rule withTimescale(String name, Timescale timescale) {
        if (!timescales.containsKey(name)) {
            throw new IllegalArgumentException("Rule '" + id + "' has no timescale '" + name + "'; it has "
                    + timescales.keySet());
        }
        Rule copy = copy();
        copy.timescales.put(name, timescale);
        return copy;
    }

    private Rule copy() {
        Rule copy = new Rule(id, subjectKind);
        copy.obligation = obligation;
        copy.basis = basis;
        copy.appliesWhile = appliesWhile;
        copy.startsOn = startsOn;
        copy.restartsOnTrigger = restartsOnTrigger;
        copy.latestTriggerGoverns = latestTriggerGoverns;
        copy.satisfiedBy = satisfiedBy;
        copy.endedBy = endedBy;
        copy.endsWhen = endsWhen;
        copy.repeats = repeats;
        copy.anchor = anchor;
        copy.timescales = new LinkedHashMap<>(timescales);
        copy.timescaleChoice = timescaleChoice;
        copy.kpiLabel = kpiLabel;
        copy.kpiStyle = kpiStyle;
        copy.kpiTarget = kpiTarget;
        copy.items = items;
        return copy;
    }

    // --- reading --------------------------------------------------------------------------------

    public String id() {
        return id;
    }

    public SubjectKind subjectKind() {
        return subjectKind;
    }

    public String obligation() {
        return obligation;
    }

    public String basis() {
        return basis;
    }

    /** What ends the duty besides meeting it. */
    public String endsWhen() {
        return endsWhen;
    }

    public Map<String, Timescale> timescales() {
        return Collections.unmodifiableMap(timescales);
    }

    public KpiDefinition kpi() {
        return new KpiDefinition(id, kpiLabel == null ? obligation : kpiLabel, kpiStyle, subjectKind, id, true, kpiTarget);
    }

    boolean appliesIn(CaseContext context) {
        return appliesWhile.test(context);
    }

    boolean isTriggeredBy(PracticeEvent event) {
        return startsOn.stream().anyMatch(match -> match.matches(event));
    }

    boolean restartsOnTrigger() {
        return restartsOnTrigger;
    }

    boolean latestTriggerGoverns() {
        return latestTriggerGoverns;
    }

    boolean isSatisfiedBy(PracticeEvent event) {
        return satisfiedBy.stream().anyMatch(match -> match.matches(event));
    }

    boolean isEndedBy(PracticeEvent event) {
        return endedBy.stream().anyMatch(match -> match.matches(event));
    }

    boolean repeatsAfterSatisfied() {
        return repeats && items == null;
    }

    boolean isPerItem() {
        return items != null;
    }

    /** The items an event names, for a per-item rule; none otherwise. */
    List<Item> itemsOf(PracticeEvent event) {
        if (items == null) {
            return List.of();
        }
        List<Item> named = items.apply(event);
        return named == null ? List.of() : named;
    }

    LocalDate anchorFor(CaseContext context, PracticeEvent trigger) {
        return anchor.apply(context, trigger);
    }

    Timescale timescaleFor(CaseContext context, int step, LocalDate from) {
        String name = timescaleChoice.choose(context, step, from);
        Timescale timescale = timescales.get(name);
        if (timescale == null) {
            throw new IllegalStateException("Rule '" + id + "' chose timescale '" + name + "' but has " + timescales.keySet());
        }
        return timescale;
    }
}
