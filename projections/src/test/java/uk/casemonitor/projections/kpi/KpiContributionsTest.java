package uk.casemonitor.projections.kpi;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.CaseEvaluation.EpisodePeriod;
import uk.casemonitor.core.rules.Measure;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationStatus;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.core.rules.SubjectKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subject's contribution to the roll-up, without a database: summed up to an as-of date it is what
 * the KPI's SQL counts for that subject on that date.
 */
class KpiContributionsTest {

    private static final KpiScope NORTH = KpiScope.team("north");
    private static final KpiScope SW_A = new KpiScope(null, "sw.a");

    private final KpiContributions contributions = new KpiContributions(RuleCatalogue.statutoryDefaults());

    @Test
    void aChildOnACpPlanCountsOnceWhileAnyVisitIsOwedAndFailsFromTheDayAfterOneFellDue() {
        KpiDayChanges changes = contributions.of(child("north", "sw.a",
                List.of(visit("v1", "2024-01-01", "2024-01-10", ObligationStatus.MET_LATE, "2024-01-15"),
                        visit("v2", "2024-01-15", "2024-01-29", ObligationStatus.OPEN, null),
                        // A second live obligation does not count the child twice.
                        visit("v3", "2024-01-05", "2024-02-01", ObligationStatus.OPEN, null)),
                List.of(), List.of()));

        assertThat(on(changes, "cp-visit", KpiScope.AUTHORITY, "2023-12-31")).containsExactly(0, 0);
        assertThat(on(changes, "cp-visit", KpiScope.AUTHORITY, "2024-01-10")).containsExactly(1, 1);
        assertThat(on(changes, "cp-visit", KpiScope.AUTHORITY, "2024-01-11")).containsExactly(1, 0);
        // v1 met on the 15th: no longer live that day, and v2 not yet due.
        assertThat(on(changes, "cp-visit", NORTH, "2024-01-15")).containsExactly(1, 1);
        assertThat(on(changes, "cp-visit", SW_A, "2024-01-29")).containsExactly(1, 1);
        assertThat(on(changes, "cp-visit", new KpiScope("north", "sw.a"), "2024-01-30")).containsExactly(1, 0);
        assertThat(on(changes, "cp-visit", KpiScope.team("south"), "2024-01-30")).containsExactly(0, 0);
    }

    @Test
    void anObligationMetTheDayItOpenedWasNeverOwed() {
        KpiDayChanges changes = contributions.of(child("north", "sw.a",
                List.of(visit("v1", "2024-01-01", "2024-01-10", ObligationStatus.MET_ON_TIME, "2024-01-01")),
                List.of(), List.of()));

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void aDutyFromBeforeMonitoringBeganIsNeitherAFailureNorASuccessOnAnyDate() {
        KpiDayChanges changes = contributions.of(child("north", "sw.a",
                List.of(visit("v1", "2019-01-01", "2019-01-15", ObligationStatus.PRE_MONITORING, "2019-06-01")),
                List.of(), List.of()));
        assertThat(changes.isEmpty()).isTrue();

        Obligation review = new Obligation("rcpc/i", "rcpc", "C-1", date("2019-01-01"), date("2019-04-01"), "i",
                                           ObligationStatus.PRE_MONITORING, date("2019-06-01"), "r", "north", "sw.a");
        assertThat(contributions.of(child("north", "sw.a", List.of(review), List.of(), List.of())).isEmpty()).isTrue();
    }

    @Test
    void aRowWithNoTeamCountsForTheAuthorityAndItsWorkerButNoTeam() {
        Obligation noTeam = new Obligation("cp-visit/v1", "cp-visit", "C-1", date("2024-01-01"), date("2024-01-10"), "v1",
                                           ObligationStatus.OPEN, null, null, null, "sw.a");
        KpiDayChanges changes = contributions.of(child(null, "sw.a", List.of(noTeam), List.of(), List.of()));

        assertThat(on(changes, "cp-visit", KpiScope.AUTHORITY, "2024-01-05")).containsExactly(1, 1);
        assertThat(on(changes, "cp-visit", SW_A, "2024-01-05")).containsExactly(1, 1);
        assertThat(on(changes, "cp-visit", new KpiScope("north", "sw.a"), "2024-01-05")).containsExactly(0, 0);
    }

    @Test
    void aTeamCalledStarIsNotTheWholeAuthority() {
        Obligation star = new Obligation("cp-visit/v1", "cp-visit", "C-1", date("2024-01-01"), date("2024-01-10"), "v1",
                                         ObligationStatus.OPEN, null, null, "*", null);
        KpiDayChanges changes = contributions.of(child("*", null, List.of(star), List.of(), List.of()));
        changes.add(contributions.of(child("north", null,
                List.of(visit("v1", "2024-01-01", "2024-01-10", ObligationStatus.OPEN, null)), List.of(), List.of())));

        assertThat(on(changes, "cp-visit", KpiScope.AUTHORITY, "2024-01-05")).containsExactly(2, 2);
        assertThat(on(changes, "cp-visit", KpiScope.team("*"), "2024-01-05")).containsExactly(1, 1);
        assertThat(on(changes, "cp-visit", KpiScope.team("**"), "2024-01-05")).containsExactly(0, 0);
    }

    @Test
    void theLatestContactIsTheGreatestEventIdOfItsDayAndCountsForAYear() {
        KpiDayChanges changes = contributions.of(child("south", "sw.b", List.of(),
                List.of(neet("c1", "2024-02-29", true), neet("c3", "2024-06-01", false), neet("c2", "2024-06-01", true)),
                List.of()));

        assertThat(on(changes, "care-leaver-neet", KpiScope.AUTHORITY, "2024-02-28")).containsExactly(0, 0);
        assertThat(on(changes, "care-leaver-neet", KpiScope.AUTHORITY, "2024-05-31")).containsExactly(1, 1);
        // c3 > c2, so c3 (not NEET) is the latest from 1 June.
        assertThat(on(changes, "care-leaver-neet", KpiScope.AUTHORITY, "2024-06-01")).containsExactly(1, 0);
        assertThat(on(changes, "care-leaver-neet", KpiScope.AUTHORITY, "2025-05-31")).containsExactly(1, 0);
        assertThat(on(changes, "care-leaver-neet", KpiScope.AUTHORITY, "2025-06-01")).containsExactly(0, 0);
    }

    @Test
    void aContactOnTheTwentyNinthOfFebruaryDropsOutOnTheFirstOfMarchAYearLater() {
        KpiDayChanges changes = contributions.of(child("south", "sw.b", List.of(), List.of(neet("c1", "2024-02-29", true)),
                                                        List.of()));

        // 2025-02-28 minus a year is 2024-02-28, before the contact: still in the year.
        assertThat(on(changes, "care-leaver-neet", KpiScope.AUTHORITY, "2025-02-28")).containsExactly(1, 1);
        assertThat(on(changes, "care-leaver-neet", KpiScope.AUTHORITY, "2025-03-01")).containsExactly(0, 0);
        assertThat(KpiContributions.firstDayOutOfYear(date("2024-02-29"))).isEqualTo(date("2025-03-01"));
        assertThat(KpiContributions.firstDayOutOfYear(date("2023-02-28"))).isEqualTo(date("2024-02-28"));
        assertThat(KpiContributions.firstDayOutOfYear(date("2023-03-01"))).isEqualTo(date("2024-03-01"));
        assertThat(KpiContributions.firstDayOutOfYear(date("2024-02-28"))).isEqualTo(date("2025-02-28"));
    }

    @Test
    void aChildFailsWithThreeDifferentWorkersInTheYearWhileOnAPlan() {
        KpiDayChanges changes = contributions.of(child("north", "sw.c", List.of(),
                List.of(worker("w1", "2023-01-10", "sw.a"), worker("w2", "2023-03-01", "sw.b"),
                        worker("w3", "2023-04-01", "sw.a"), worker("w4", "2023-06-01", "sw.c"), worker("w5", "2023-07-01", null)),
                List.of(new EpisodePeriod("CHILD_IN_NEED_PLAN", date("2023-01-01"), date("2023-05-01")),
                        new EpisodePeriod("CHILD_PROTECTION_PLAN", date("2023-05-01"), null))));

        assertThat(on(changes, "three-plus-social-workers", NORTH, "2023-05-31")).containsExactly(1, 0);
        assertThat(on(changes, "three-plus-social-workers", NORTH, "2023-06-01")).containsExactly(1, 1);
        // sw.b, seen on 2023-03-01 only, is out of the year to 2024-03-01.
        assertThat(on(changes, "three-plus-social-workers", NORTH, "2024-02-29")).containsExactly(1, 1);
        assertThat(on(changes, "three-plus-social-workers", NORTH, "2024-03-01")).containsExactly(1, 0);
        // The subject's own allocation decides the scope, not the observation's.
        assertThat(on(changes, "three-plus-social-workers", new KpiScope(null, "sw.c"), "2023-06-01")).containsExactly(1, 1);
    }

    @Test
    void theSameRowsContributeTheSameSoARecomputationWithNoChangeWritesNothing() {
        CaseEvaluation stored = child("north", "sw.a",
                List.of(visit("v1", "2024-01-01", "2024-01-10", ObligationStatus.MET_LATE, "2024-01-15")),
                List.of(neet("c1", "2024-02-29", true)), List.of());

        assertThat(contributions.of(stored).subtract(contributions.of(stored)).isEmpty()).isTrue();
    }

    @Test
    void theRowsEverySubjectSharesAreWrittenLastTheAuthoritysAfterTheTeams() {
        KpiDayChanges changes = contributions.of(child("north", "sw.a",
                List.of(visit("v1", "2024-01-01", "2024-01-10", ObligationStatus.MET_LATE, "2024-01-15")),
                List.of(neet("c1", "2024-02-29", true)), List.of()));

        assertThat(changes.inKeyOrder()).extracting(change -> change.day().scope().sharing()).isSorted();
        assertThat(changes.inKeyOrder().get(changes.size() - 1).day().scope()).isEqualTo(ScopeKey.of(KpiScope.AUTHORITY));
        assertThat(ScopeKey.of(new KpiScope("north", "sw.a")).sharing()).isLessThan(ScopeKey.of(SW_A).sharing());
        assertThat(ScopeKey.of(SW_A).sharing()).isLessThan(ScopeKey.of(NORTH).sharing());
    }

    /** {denominator, numerator} on the day, as KpiService sums them for a cumulative style. */
    private static long[] on(KpiDayChanges changes, String kpiId, KpiScope scope, String asOf) {
        ScopeKey key = ScopeKey.of(scope);
        long[] counts = new long[2];
        for (KpiDayChanges.Change change : changes.inKeyOrder()) {
            if (change.day().kpiId().equals(kpiId) && change.day().scope().equals(key)
                    && !change.day().datedOn().isAfter(date(asOf))) {
                counts[0] += change.denominator();
                counts[1] += change.numerator();
            }
        }
        return counts;
    }

    private static CaseEvaluation child(String team, String worker, List<Obligation> obligations, List<Measure> measures,
                                        List<EpisodePeriod> episodes) {
        return new CaseEvaluation(SubjectKind.CHILD, "C-1", obligations, measures, episodes, team, worker);
    }

    private static Obligation visit(String id, String opened, String due, ObligationStatus status, String closed) {
        return new Obligation("cp-visit/" + id, "cp-visit", "C-1", date(opened), date(due), id, status,
                              closed == null ? null : date(closed), null, "north", "sw.a");
    }

    private static Measure neet(String eventId, String on, boolean neet) {
        return new Measure("care-leaver-neet", "C-1", eventId, date(on), neet, "flat", "south", "sw.b");
    }

    private static Measure worker(String eventId, String on, String worker) {
        return new Measure("three-plus-social-workers", "C-1", eventId, date(on), true, worker, "elsewhere", "sw.z");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
