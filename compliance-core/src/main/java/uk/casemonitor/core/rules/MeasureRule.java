package uk.casemonitor.core.rules;

import uk.casemonitor.core.calendar.Timescale;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.recording.PracticeEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A KPI that counts observations rather than deadlines: each matching event is one observation,
 * a hit or not (a CP visit where the child was seen alone; an event recorded late).
 *
 * @param population for {@link KpiStyle#THREE_OR_MORE_IN_YEAR}: the episodes that put a subject in
 *                   the denominator (any of them open on the as-of date)
 */
public record MeasureRule(String id, SubjectKind subjectKind, String label, KpiStyle style, boolean higherIsBetter,
                          double target, Set<CaseEpisode> population, Map<String, Timescale> timescales,
                          Observer observer) {

    /** Looks at one event in context and says whether it is an observation, and whether a hit. */
    @FunctionalInterface
    public interface Observer {
        Optional<Observation> observe(PracticeEvent event, CaseContext context, MeasureRule rule,
                                      WorkingDayCalendar calendar);
    }

    public record Observation(boolean hit, String detail) {
    }

    public MeasureRule {
        timescales = Map.copyOf(timescales);
        population = Set.copyOf(population);
    }

    public KpiDefinition kpi() {
        return new KpiDefinition(id, label, style, subjectKind, id, higherIsBetter, target);
    }

    public Timescale timescale(String name) {
        Timescale timescale = timescales.get(name);
        if (timescale == null) {
            throw new IllegalStateException("Measure '" + id + "' has no timescale '" + name + "'");
        }
        return timescale;
    }

    public MeasureRule withTimescale(String name, Timescale timescale) {
        if (!timescales.containsKey(name)) {
            throw new IllegalArgumentException("Measure '" + id + "' has no timescale '" + name + "'; it has "
                    + timescales.keySet());
        }
        Map<String, Timescale> changed = new LinkedHashMap<>(timescales);
        changed.put(name, timescale);
        return new MeasureRule(id, subjectKind, label, style, higherIsBetter, target, population, changed, observer);
    }
}
