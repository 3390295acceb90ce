package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.CareLeaverStatus;
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
    private final Map<String, LocalDate> bornOn = new HashMap<>();
    private final Map<String, PeriodOfCare> latestCareByChild = new HashMap<>();

    /** A period of care as the SSD's episodes give it: from its first episode's start to its end, if it has ended. */
    record PeriodOfCare(LocalDate start, Optional<LocalDate> left) {
    }

    /** A care-leaver status the young person came to, and when. */
    record CareLeaverStep(CareLeaverStatus status, LocalDate on) {
    }

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
        episodesByPeriod.values().forEach(period -> {
            SsdRow first = period.get(0);
            SsdRow last = period.get(period.size() - 1);
            String child = first.value("CLAE_PERSON_ID");
            Optional<LocalDate> left = Ssda903Codes.EPISODE_CONTINUES.equalsIgnoreCase(last.value("CLAE_CLA_EPISODE_CEASED_REASON"))
                    ? Optional.empty() : date(last, "CLAE_CLA_EPISODE_CEASED_DATE");
            date(first, "CLAE_CLA_EPISODE_START_DATE").ifPresent(start -> {
                careStartsByChild.computeIfAbsent(child, c -> new ArrayList<>()).add(start);
                latestCareByChild.merge(child, new PeriodOfCare(start, left),
                        (one, other) -> one.start().isAfter(other.start()) ? one : other);
            });
        });
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
        for (SsdRow person : tables.getOrDefault(SsdTable.PERSON, List.of())) {
            date(person, "PERS_DOB").ifPresent(born -> bornOn.putIfAbsent(person.rowId(), born));
        }
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

    /**
     * The statuses a care leaver came through to reach the one {@code ssd_care_leavers} gives now, each
     * dated as the Care Leavers (England) Regulations 2010 define it, since the SSD keeps no date for
     * any: eligible at 16 once looked after for 13 weeks since 14 (counted, as the SSD allows, within
     * the last period of care), relevant on leaving care before 18, former relevant at 18 or on
     * leaving care after it. With no period of care in the extract, the status is taken as reached at
     * the age that defines it (16, or 18 for former relevant). Empty when it cannot be dated.
     */
    List<CareLeaverStep> careLeaverSteps(String child, CareLeaverStatus now) {
        LocalDate born = bornOn.get(child);
        PeriodOfCare care = latestCareByChild.get(child);
        List<CareLeaverStep> steps = new ArrayList<>();
        if (care != null && (now == CareLeaverStatus.ELIGIBLE || care.left().isPresent())) {
            LocalDate eligible = care.start().plusWeeks(13);
            if (born != null && born.plusYears(16).isAfter(eligible)) {
                eligible = born.plusYears(16);
            }
            if (now == CareLeaverStatus.ELIGIBLE) {
                // The SSD says eligible already: within the 13 weeks, it counts care before this period.
                steps.add(new CareLeaverStep(now, eligible.isAfter(today) ? care.start() : eligible));
                return steps;
            }
            LocalDate left = care.left().get();
            if (eligible.isBefore(left)) {
                steps.add(new CareLeaverStep(CareLeaverStatus.ELIGIBLE, eligible));
            }
            if (now == CareLeaverStatus.RELEVANT || born != null && left.isBefore(born.plusYears(18))) {
                steps.add(new CareLeaverStep(CareLeaverStatus.RELEVANT, left));
            }
            if (now == CareLeaverStatus.FORMER_RELEVANT) {
                LocalDate eighteen = born == null ? left : born.plusYears(18);
                steps.add(new CareLeaverStep(now, eighteen.isAfter(left) && !eighteen.isAfter(today) ? eighteen : left));
            }
            return steps;
        }
        if (born == null) {
            return steps;
        }
        LocalDate reached = born.plusYears(now == CareLeaverStatus.FORMER_RELEVANT ? 18 : 16);
        if (!reached.isAfter(today)) {
            steps.add(new CareLeaverStep(now, reached));
        }
        return steps;
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
