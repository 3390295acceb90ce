package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.ReferralDecision;
import uk.casemonitor.imports.returns.Ssda903Codes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What one SSD row needs to know of others, looked up once for the whole snapshot: a placement's
 * place in its period of care, a review's child through its period of care, whether a conference
 * made a plan. Dates that cannot be read are left out here; the row that holds them reports them.
 */
final class SsdLinks {

    private final LocalDate today;
    private final Map<String, String> personOfPeriodOfCare = new HashMap<>();
    private final Map<String, List<SsdRow>> episodesByPeriod;
    private final Map<String, List<SsdRow>> placementsByPeriod;
    private final Map<String, Set<LocalDate>> ceasedToBeLookedAfter = new HashMap<>();
    private final Map<String, List<LocalDate>> careStartsByChild = new HashMap<>();
    private final Map<String, List<SsdRow>> healthAssessmentsByChild;
    private final Map<String, LocalDate> firstEnquiryByReferral = new HashMap<>();
    private final Map<String, LocalDate> firstAssessmentByReferral = new HashMap<>();
    private final Set<String> enquiriesWithConference = new HashSet<>();
    private final Set<String> conferencesWithPlan = new HashSet<>();
    private final Set<String> planStarts = new HashSet<>();
    private final Map<String, Optional<LocalDate>> planEnds = new HashMap<>();
    private final Set<String> involvementsHeldPastTheirFirstDay = new HashSet<>();

    SsdLinks(Map<SsdTable, List<SsdRow>> tables, LocalDate today) {
        this.today = today;
        List<SsdRow> episodes = tables.getOrDefault(SsdTable.CLA_EPISODES, List.of());
        episodesByPeriod = grouped(episodes, SsdLinks::periodOfCare, "CLAE_CLA_EPISODE_START_DATE");
        for (SsdRow episode : episodes) {
            String child = episode.value("CLAE_PERSON_ID");
            personOfPeriodOfCare.putIfAbsent(periodOfCare(episode), child);
            date(episode, "CLAE_CLA_EPISODE_CEASED_DATE").ifPresent(ceased -> {
                if (!Ssda903Codes.EPISODE_CONTINUES.equalsIgnoreCase(episode.value("CLAE_CLA_EPISODE_CEASED_REASON"))) {
                    ceasedToBeLookedAfter.computeIfAbsent(child, c -> new HashSet<>()).add(ceased);
                }
            });
        }
        episodesByPeriod.values().forEach(period -> date(period.get(0), "CLAE_CLA_EPISODE_START_DATE").ifPresent(start ->
                careStartsByChild.computeIfAbsent(period.get(0).value("CLAE_PERSON_ID"), c -> new ArrayList<>()).add(start)));
        placementsByPeriod = grouped(tables.getOrDefault(SsdTable.CLA_PLACEMENT, List.of()), SsdLinks::periodOfPlacement,
                "CLAP_CLA_PLACEMENT_START_DATE");
        healthAssessmentsByChild = grouped(tables.getOrDefault(SsdTable.CLA_HEALTH, List.of()).stream()
                        .filter(row -> SsdCodes.healthCheck(row.value("CLAH_HEALTH_CHECK_TYPE"))
                                .filter(type -> type != SsdCodes.HealthCheck.DENTAL_CHECK).isPresent())
                        .filter(row -> SsdCodes.healthCheckStatus(row.value("CLAH_HEALTH_CHECK_STATUS"))
                                .filter(status -> status == SsdCodes.HealthCheckStatus.COMPLETED).isPresent())
                        .toList(),
                row -> row.value("CLAH_PERSON_ID"), "CLAH_HEALTH_CHECK_DATE");
        for (SsdRow enquiry : tables.getOrDefault(SsdTable.S47_ENQUIRY, List.of())) {
            earliest(firstEnquiryByReferral, enquiry.value("S47E_REFERRAL_ID"), date(enquiry, "S47E_S47_START_DATE"));
        }
        for (SsdRow assessment : tables.getOrDefault(SsdTable.CIN_ASSESSMENTS, List.of())) {
            earliest(firstAssessmentByReferral, assessment.value("CINA_REFERRAL_ID"),
                    date(assessment, "CINA_ASSESSMENT_START_DATE"));
        }
        for (SsdRow conference : tables.getOrDefault(SsdTable.INITIAL_CP_CONFERENCE, List.of())) {
            enquiriesWithConference.add(conference.value("ICPC_S47_ENQUIRY_ID"));
        }
        for (SsdRow plan : tables.getOrDefault(SsdTable.CP_PLANS, List.of())) {
            conferencesWithPlan.add(plan.value("CPPL_ICPC_ID"));
            date(plan, "CPPL_CP_PLAN_START_DATE").ifPresent(start -> planStarts.add(plan.value("CPPL_PERSON_ID") + "|" + start));
            planEnds.put(plan.value("CPPL_CP_PLAN_ID"), date(plan, "CPPL_CP_PLAN_END_DATE"));
        }
        enquiriesWithConference.remove("");
        conferencesWithPlan.remove("");
        for (SsdRow involvement : tables.getOrDefault(SsdTable.INVOLVEMENTS, List.of())) {
            Optional<LocalDate> started = date(involvement, "INVO_INVOLVEMENT_START_DATE");
            if (started.isPresent() && !started.equals(date(involvement, "INVO_INVOLVEMENT_END_DATE"))) {
                involvementsHeldPastTheirFirstDay.add(involvement.value("INVO_PERSON_ID") + "|" + started.get());
            }
        }
    }

    /**
     * An involvement that ended the day it started, when another of the child's began that day and went
     * on: the case passed through it (the front door's duty team, say) and was with the other by the
     * day's end. It allocates nothing, whichever of the two rows reached the monitor first.
     */
    boolean supersededOnItsFirstDay(String child, LocalDate started, Optional<LocalDate> ended) {
        return ended.isPresent() && ended.get().equals(started)
               && involvementsHeldPastTheirFirstDay.contains(child + "|" + started);
    }

    /** A care episode's period of care; an episode without one stands alone. */
    static String periodOfCare(SsdRow episode) {
        String period = episode.value("CLAE_CLA_ID");
        return period.isEmpty() ? "episode:" + episode.rowId() : period;
    }

    /** A placement's period of care; without one, the child's placements are taken as one period. */
    static String periodOfPlacement(SsdRow placement) {
        String period = placement.value("CLAP_CLA_ID");
        return period.isEmpty() ? "person:" + placement.value("CLAP_PERSON_ID") : period;
    }

    Optional<String> personOfPeriodOfCare(String periodOfCare) {
        return Optional.ofNullable(personOfPeriodOfCare.get(periodOfCare)).filter(child -> !child.isEmpty());
    }

    boolean isFirstEpisode(String period, String rowId) {
        List<SsdRow> episodes = episodesByPeriod.getOrDefault(period, List.of());
        return !episodes.isEmpty() && episodes.get(0).rowId().equals(rowId);
    }

    boolean isLastEpisode(String period, String rowId) {
        List<SsdRow> episodes = episodesByPeriod.getOrDefault(period, List.of());
        return !episodes.isEmpty() && episodes.get(episodes.size() - 1).rowId().equals(rowId);
    }

    Optional<SsdRow> placementBefore(String period, String rowId) {
        List<SsdRow> placements = placementsByPeriod.getOrDefault(period, List.of());
        for (int i = 1; i < placements.size(); i++) {
            if (placements.get(i).rowId().equals(rowId)) {
                return Optional.of(placements.get(i - 1));
            }
        }
        return Optional.empty();
    }

    boolean isLastPlacement(String period, String rowId) {
        List<SsdRow> placements = placementsByPeriod.getOrDefault(period, List.of());
        return !placements.isEmpty() && placements.get(placements.size() - 1).rowId().equals(rowId);
    }

    boolean ceasedToBeLookedAfterOn(String child, LocalDate date) {
        return ceasedToBeLookedAfter.getOrDefault(child, Set.of()).contains(date);
    }

    /** Whichever came first under the referral: a section 47 enquiry (so a strategy discussion) or an assessment. */
    Optional<ReferralDecision> decisionOnReferral(String referralId) {
        LocalDate enquiry = firstEnquiryByReferral.get(referralId);
        LocalDate assessment = firstAssessmentByReferral.get(referralId);
        if (enquiry != null && (assessment == null || !enquiry.isAfter(assessment))) {
            return Optional.of(ReferralDecision.STRATEGY_DISCUSSION);
        }
        return Optional.ofNullable(assessment).map(date -> ReferralDecision.ASSESSMENT);
    }

    boolean enquiryLedToConference(String enquiryId) {
        return enquiriesWithConference.contains(enquiryId);
    }

    /** A plan names the conference that made it, or (without that link) one of the child's plans starts that day. */
    boolean conferenceMadePlan(String conferenceId, String child, LocalDate held) {
        return conferencesWithPlan.contains(conferenceId) || planStarts.contains(child + "|" + held);
    }

    /** A review on the day its plan ended is the conference that ended it. */
    boolean planContinuesAfter(String planId, LocalDate review) {
        return planEnds.getOrDefault(planId, Optional.empty()).map(review::isBefore).orElse(true);
    }

    boolean isFirstHealthAssessmentOfItsCare(String child, String rowId, LocalDate date) {
        Optional<LocalDate> careStarted = careStartsByChild.getOrDefault(child, List.of()).stream()
                .filter(start -> !start.isAfter(date)).max(Comparator.naturalOrder());
        if (careStarted.isEmpty()) {
            return false;
        }
        return healthAssessmentsByChild.getOrDefault(child, List.of()).stream()
                .filter(row -> date(row, "CLAH_HEALTH_CHECK_DATE").filter(d -> !d.isBefore(careStarted.get())).isPresent())
                .findFirst().map(first -> first.rowId().equals(rowId)).orElse(false);
    }

    private Map<String, List<SsdRow>> grouped(List<SsdRow> rows, Function<SsdRow, String> key, String dateColumn) {
        Map<String, List<SsdRow>> groups = new HashMap<>();
        for (SsdRow row : rows) {
            groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        // Each row's date read once, not at every comparison of the sort.
        Map<SsdRow, LocalDate> dates = new java.util.IdentityHashMap<>();
        rows.forEach(row -> dates.put(row, date(row, dateColumn).orElse(LocalDate.MAX)));
        Comparator<SsdRow> byDate = Comparator.comparing((SsdRow row) -> dates.get(row)).thenComparing(SsdRow::rowId);
        groups.values().forEach(group -> group.sort(byDate));
        return groups;
    }

    private static void earliest(Map<String, LocalDate> earliest, String key, Optional<LocalDate> date) {
        if (!key.isEmpty()) {
            date.ifPresent(d -> earliest.merge(key, d, (a, b) -> a.isBefore(b) ? a : b));
        }
    }

    private Optional<LocalDate> date(SsdRow row, String column) {
        return new SsdValues(row, today, new ArrayList<>()).date(column);
    }
}
