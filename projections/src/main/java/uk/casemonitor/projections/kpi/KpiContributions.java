package uk.casemonitor.projections.kpi;

import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.core.rules.Measure;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationStatus;
import uk.casemonitor.core.rules.RuleCatalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one subject's stored rows add to the KPI roll-up: for each KPI, scope and day, how much the
 * denominator and numerator change from that day on. Summed over the days up to an as-of date (over
 * the year's window for TIMELINESS and RATE), every subject's contributions give exactly what the
 * KPI's SQL over the detail tables counts on that date ({@code DetailKpis}), so the roll-up is kept
 * by adding a subject's new contribution and taking away its old one. No database, no clock.
 */
final class KpiContributions {

    /** Raise it when what a contribution counts changes, so that existing roll-ups are made again (see {@link #basis}). */
    private static final int ARITHMETIC_VERSION = 1;
    private static final Comparator<Measure> OBSERVED_ORDER =
            Comparator.comparing(Measure::date).thenComparing(Measure::eventId);

    private final Map<String, List<KpiDefinition>> byRule = new HashMap<>();
    private final Map<String, List<KpiDefinition>> byMeasure = new HashMap<>();
    private final List<KpiDefinition> threeOrMore = new ArrayList<>();
    private final Map<String, Set<String>> populations = new HashMap<>();
    private final String basis;

    KpiContributions(RuleCatalogue catalogue) {
        for (KpiDefinition kpi : catalogue.kpis()) {
            switch (kpi.style()) {
                case IN_DATE, TIMELINESS -> byRule.computeIfAbsent(kpi.source(), source -> new ArrayList<>()).add(kpi);
                case RATE, LATEST -> byMeasure.computeIfAbsent(kpi.source(), source -> new ArrayList<>()).add(kpi);
                case THREE_OR_MORE_IN_YEAR -> {
                    threeOrMore.add(kpi);
                    populations.put(kpi.id(), catalogue.measure(kpi.source()).orElseThrow().population().stream()
                                                       .map(CaseEpisode::name).collect(Collectors.toSet()));
                }
            }
        }
        basis = fingerprint(catalogue.kpis().stream()
                .map(kpi -> kpi.id() + "|" + kpi.style() + "|" + kpi.source() + "|"
                            + new TreeSet<>(populations.getOrDefault(kpi.id(), Set.of())))
                .sorted().collect(Collectors.joining("\n", "v" + ARITHMETIC_VERSION + "\n", "")));
    }

    /**
     * A fingerprint of what the contributions are made of: each KPI's id, style, source and population,
     * and the version of the arithmetic. A roll-up made on another basis must be made again.
     */
    String basis() {
        return basis;
    }

    /**
     * @param stored one subject's rows exactly as stored (details truncated, episodes distinct), with
     *               the team and worker of its {@code cm_subject} row
     */
    KpiDayChanges of(CaseEvaluation stored) {
        KpiDayChanges changes = new KpiDayChanges();
        stored.obligations().stream().collect(Collectors.groupingBy(Obligation::ruleId)).forEach((rule, obligations) -> {
            for (KpiDefinition kpi : byRule.getOrDefault(rule, List.of())) {
                switch (kpi.style()) {
                    case IN_DATE -> inDate(kpi, obligations, changes);
                    case TIMELINESS -> timeliness(kpi, obligations, changes);
                    default -> throw new IllegalStateException(kpi.style() + " counts observations");
                }
            }
        });
        Map<String, List<Measure>> measures = stored.measures().stream().collect(Collectors.groupingBy(Measure::measureId));
        measures.forEach((measure, observations) -> {
            for (KpiDefinition kpi : byMeasure.getOrDefault(measure, List.of())) {
                switch (kpi.style()) {
                    case RATE -> rate(kpi, observations, changes);
                    case LATEST -> latest(kpi, observations, changes);
                    default -> throw new IllegalStateException(kpi.style() + " counts obligations");
                }
            }
        });
        for (KpiDefinition kpi : threeOrMore) {
            threeOrMore(kpi, stored, measures.getOrDefault(kpi.source(), List.of()), changes);
        }
        return changes;
    }

    /**
     * A subject counts in a scope on D while any of its obligations there is live (opened on or before
     * D, not closed by D), and fails while any live one is past its due date (due before D): each a
     * union of ranges, since the SQL counts distinct subjects. The numerator is live less overdue.
     */
    private static void inDate(KpiDefinition kpi, List<Obligation> obligations, KpiDayChanges changes) {
        Map<ScopeKey, Coverage> live = new LinkedHashMap<>();
        Map<ScopeKey, Coverage> overdue = new LinkedHashMap<>();
        for (Obligation obligation : obligations) {
            if (obligation.status() == ObligationStatus.PRE_MONITORING) {
                continue; // never a KPI failure, nor a success: monitoring did not see it
            }
            LocalDate overdueFrom = later(obligation.openedOn(), obligation.dueOn().plusDays(1));
            for (ScopeKey scope : ScopeKey.countingRowOf(obligation.teamId(), obligation.workerId())) {
                live.computeIfAbsent(scope, s -> new Coverage()).add(obligation.openedOn(), obligation.closedOn());
                overdue.computeIfAbsent(scope, s -> new Coverage()).add(overdueFrom, obligation.closedOn());
            }
        }
        live.forEach((scope, coverage) -> coverage.atLeast(1).changes()
                .forEach((day, change) -> changes.add(new KpiDay(kpi.id(), scope, day), change, change)));
        overdue.forEach((scope, coverage) -> coverage.atLeast(1).changes()
                .forEach((day, change) -> changes.add(new KpiDay(kpi.id(), scope, day), 0, -change)));
    }

    /** Each obligation not cancelled (nor before monitoring) counts on its due date; the query sums the year before D. */
    private static void timeliness(KpiDefinition kpi, List<Obligation> obligations, KpiDayChanges changes) {
        for (Obligation obligation : obligations) {
            if (obligation.status() == ObligationStatus.CANCELLED || obligation.status() == ObligationStatus.PRE_MONITORING) {
                continue;
            }
            int met = obligation.status() == ObligationStatus.MET_ON_TIME ? 1 : 0;
            for (ScopeKey scope : ScopeKey.countingRowOf(obligation.teamId(), obligation.workerId())) {
                changes.add(new KpiDay(kpi.id(), scope, obligation.dueOn()), 1, met);
            }
        }
    }

    /** Each observation counts on its date; the query sums the year to D. */
    private static void rate(KpiDefinition kpi, List<Measure> observations, KpiDayChanges changes) {
        for (Measure observation : observations) {
            for (ScopeKey scope : ScopeKey.countingRowOf(observation.teamId(), observation.workerId())) {
                changes.add(new KpiDay(kpi.id(), scope, observation.date()), 1, observation.hit() ? 1 : 0);
            }
        }
    }

    /**
     * The subject's latest observation on or before D (the greatest event id among one day's) counts,
     * in its own row's scope, while it is within the year to D: from its date until the next day with
     * an observation, or until it falls out of the year, whichever comes first.
     */
    private static void latest(KpiDefinition kpi, List<Measure> observations, KpiDayChanges changes) {
        List<Measure> ordered = observations.stream().sorted(OBSERVED_ORDER).toList();
        for (int i = 0; i < ordered.size(); i++) {
            Measure observation = ordered.get(i);
            if (i + 1 < ordered.size() && ordered.get(i + 1).date().equals(observation.date())) {
                continue; // a later event id the same day is the latest
            }
            LocalDate outOfYear = firstDayOutOfYear(observation.date());
            LocalDate until = i + 1 < ordered.size() && ordered.get(i + 1).date().isBefore(outOfYear)
                    ? ordered.get(i + 1).date() : outOfYear;
            Coverage latest = new Coverage().add(observation.date(), until);
            for (ScopeKey scope : ScopeKey.countingRowOf(observation.teamId(), observation.workerId())) {
                latest.changes().forEach((day, change) ->
                        changes.add(new KpiDay(kpi.id(), scope, day), change, observation.hit() ? change : 0));
            }
        }
    }

    /**
     * The subject counts while an episode of the population is open (started on or before D, not ended
     * by D), in the scope of its current allocation; and fails while it also has three or more
     * different details (null is none, as in COUNT(DISTINCT)) among observations in the year to D.
     */
    private void threeOrMore(KpiDefinition kpi, CaseEvaluation stored, List<Measure> observations, KpiDayChanges changes) {
        Set<String> population = populations.get(kpi.id());
        Coverage open = new Coverage();
        stored.episodes().stream().filter(episode -> population.contains(episode.episode()))
              .forEach(episode -> open.add(episode.start(), episode.end()));
        Coverage counted = open.atLeast(1);
        if (counted.changes().isEmpty()) {
            return;
        }
        Map<String, Coverage> seen = new HashMap<>();
        for (Measure observation : observations) {
            if (observation.detail() != null) {
                seen.computeIfAbsent(observation.detail(), detail -> new Coverage())
                    .add(observation.date(), firstDayOutOfYear(observation.date()));
            }
        }
        Coverage different = new Coverage();
        seen.values().forEach(coverage -> different.add(coverage.atLeast(1)));
        Coverage failing = new Coverage().add(counted).add(different.atLeast(3)).atLeast(2);
        for (ScopeKey scope : ScopeKey.countingRowOf(stored.teamId(), stored.workerId())) {
            counted.changes().forEach((day, change) -> changes.add(new KpiDay(kpi.id(), scope, day), change, 0));
            failing.changes().forEach((day, change) -> changes.add(new KpiDay(kpi.id(), scope, day), 0, change));
        }
    }

    /**
     * The first as-of date D whose year no longer holds something dated {@code date}: the least D with
     * D.minusYears(1) on or after it. Not simply a year later: D.minusYears(1) of 28 and 29 February
     * 2024 is the same day, so what happened on 29 February 2024 drops out on 1 March 2025.
     */
    static LocalDate firstDayOutOfYear(LocalDate date) {
        LocalDate day = date.plusYears(1).minusDays(2);
        while (day.minusYears(1).isBefore(date)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
