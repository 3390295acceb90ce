package uk.casemonitor.tools.generator;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.childcase.CaseClosed;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.CaseEpisodes;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ReferralReceived;
import uk.casemonitor.core.fostercarer.FosterCarerApproved;
import uk.casemonitor.core.fostercarer.FosterCarerDeregistered;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.ComplianceEngine;
import uk.casemonitor.core.rules.MonitoringHorizon;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationStatus;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.core.rules.SubjectKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.childcase.CaseEpisode.CARE_LEAVER;
import static uk.casemonitor.core.childcase.CaseEpisode.CHILD_IN_NEED_PLAN;
import static uk.casemonitor.core.childcase.CaseEpisode.CHILD_PROTECTION_PLAN;
import static uk.casemonitor.core.childcase.CaseEpisode.LOOKED_AFTER;
import static uk.casemonitor.core.childcase.CaseEpisode.PLACEMENT;
import static uk.casemonitor.core.childcase.CaseEpisode.PRIVATE_FOSTERING;

/**
 * The breach register a manager sees on day one of a generated authority, monitored from the day
 * its history begins: every open duty still belongs to an open episode, nothing from before the
 * history is a breach, and the register is this year's work, not a decade's backlog.
 *
 * <p>The authority (scale 0.3, 5 years); {@code -Dregister.scale=1} tries a larger one.
 */
class GeneratedBreachRegisterTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 21);
    private static final double SCALE = Double.parseDouble(System.getProperty("register.scale", "0.3"));

    @Test
    void everyOpenDutyBelongsToAnOpenEpisodeAndTheRegisterIsThisYearsWork() {
        GeneratorSettings settings = new GeneratorSettings(GeneratorSettings.DEFAULT_SEED, SCALE, 5, END,
                                                           PracticeQuality.typical());
        LocalDate historyBegins = settings.startDate();
        ComplianceEngine engine = new ComplianceEngine(RuleCatalogue.statutoryDefaults(),
                WorkingDayCalendar.englandAndWales(), MonitoringHorizon.from(historyBegins));
        int rules = engine.catalogue().rules().size();

        List<String> orphaned = new ArrayList<>();
        List<String> dueBeforeHistory = new ArrayList<>();
        Map<String, Integer> openBreachesByRule = new TreeMap<>();
        Map<String, Integer> yearOverdueByRule = new TreeMap<>();
        Set<String> rulesSeenOpen = new java.util.TreeSet<>();
        int openBreaches = 0;
        int overAYear = 0;

        for (GeneratedSubject<?> subject : new AuthorityGenerator(settings)) {
            SubjectKind kind = subject.isChild() ? SubjectKind.CHILD : SubjectKind.FOSTER_CARER;
            List<? extends PracticeEvent> events = subject.events();
            Predicate<Obligation> episodeStillOpen = subject.isChild()
                    ? childEpisodeOpen(childEvents(events)) : carerStillApproved(events);
            for (Obligation obligation : engine.evaluate(kind, subject.id(), events).obligations()) {
                if (obligation.status() != ObligationStatus.OPEN) {
                    continue;
                }
                rulesSeenOpen.add(obligation.ruleId());
                if (!episodeStillOpen.test(obligation)) {
                    orphaned.add(subject.id() + " " + obligation.key() + " opened " + obligation.openedOn());
                }
                if (obligation.dueOn().isBefore(historyBegins)) {
                    dueBeforeHistory.add(subject.id() + " " + obligation.key() + " due " + obligation.dueOn());
                }
                if (obligation.dueOn().isBefore(END)) {
                    openBreaches++;
                    openBreachesByRule.merge(obligation.ruleId(), 1, Integer::sum);
                    if (ChronoUnit.DAYS.between(obligation.dueOn(), END) > 365) {
                        overAYear++;
                        yearOverdueByRule.merge(obligation.ruleId(), 1, Integer::sum);
                    }
                }
            }
        }

        System.out.printf("REGISTER scale %s: %d open breaches, %d (%.1f%%) more than a year overdue%n  by rule: %s%n"
                          + "  over a year by rule: %s%n",
                SCALE, openBreaches, overAYear, 100.0 * overAYear / Math.max(1, openBreaches), openBreachesByRule,
                yearOverdueByRule);
        assertThat(orphaned).as("open duties whose episode has ended").isEmpty();
        assertThat(dueBeforeHistory).as("open duties due before the history began").isEmpty();
        assertThat(openBreaches).isGreaterThan(0);
        assertThat(overAYear).as("open breaches more than a year overdue, of " + openBreaches)
                             .isLessThanOrEqualTo(openBreaches / 20);
        assertThat(rulesSeenOpen).as("the property was tried on most rules").hasSizeGreaterThan(rules / 2);
    }

    /**
     * The episode each child's duty belongs to, by the regulation it implements; it must still be open.
     * Any other child's duty (referral decision, assessment, ICPC, audit actions, oversight, and any
     * rule added later) belongs to the open case, from its latest referral to its closure; a carer's
     * to their approval.
     */
    private static final Map<String, Set<CaseEpisode>> OWNING_EPISODES = Map.ofEntries(
            Map.entry("core-group", Set.of(CHILD_PROTECTION_PLAN)),
            Map.entry("rcpc", Set.of(CHILD_PROTECTION_PLAN)),
            Map.entry("cp-visit", Set.of(CHILD_PROTECTION_PLAN)),
            Map.entry("cin-visit", Set.of(CHILD_IN_NEED_PLAN)),
            Map.entry("cin-review", Set.of(CHILD_IN_NEED_PLAN)),
            Map.entry("cla-visit", Set.of(LOOKED_AFTER, PLACEMENT)),
            Map.entry("lac-review", Set.of(LOOKED_AFTER)),
            Map.entry("initial-health-assessment", Set.of(LOOKED_AFTER)),
            Map.entry("review-health-assessment", Set.of(LOOKED_AFTER)),
            Map.entry("dental-check", Set.of(LOOKED_AFTER)),
            Map.entry("pep", Set.of(LOOKED_AFTER)),
            Map.entry("pathway-plan", Set.of(CARE_LEAVER)),
            Map.entry("relevant-child-move-visit", Set.of(CARE_LEAVER)),
            Map.entry("relevant-child-visit", Set.of(CARE_LEAVER)),
            Map.entry("care-leaver-contact", Set.of(CARE_LEAVER)),
            Map.entry("private-fostering-visit", Set.of(PRIVATE_FOSTERING)));

    private static Predicate<Obligation> childEpisodeOpen(List<ChildCaseEvent> events) {
        CaseEpisodes episodes = CaseEpisodes.of(events);
        LocalDate lastReferral = latest(events, ReferralReceived.class);
        LocalDate lastClosure = latest(events, CaseClosed.class);
        boolean caseOpen = lastClosure == null || (lastReferral != null && lastReferral.isAfter(lastClosure));
        return obligation -> {
            Set<CaseEpisode> owning = OWNING_EPISODES.get(obligation.ruleId());
            if (owning != null) {
                return owning.stream().allMatch(episode -> episodes.isOpen(episode)
                        && !episodes.startOf(episode).isAfter(obligation.openedOn()));
            }
            boolean open = caseOpen && (lastReferral == null || !lastReferral.isAfter(obligation.openedOn())
                                        || obligation.ruleId().equals("management-oversight"));
            return switch (obligation.ruleId()) {
                // The conference is not convened for a child accommodated: the duty ends with it.
                case "icpc" -> open && !episodes.isOpen(LOOKED_AFTER);
                case "management-oversight" -> open && (episodes.isOpen(CHILD_PROTECTION_PLAN)
                        || episodes.isOpen(CHILD_IN_NEED_PLAN) || episodes.isOpen(LOOKED_AFTER));
                default -> open;
            };
        };
    }

    private static Predicate<Obligation> carerStillApproved(List<? extends PracticeEvent> events) {
        LocalDate approved = latest(events, FosterCarerApproved.class);
        LocalDate deregistered = latest(events, FosterCarerDeregistered.class);
        boolean approvedNow = approved != null && (deregistered == null || approved.isAfter(deregistered));
        return obligation -> approvedNow && !approved.isAfter(obligation.openedOn());
    }

    private static List<ChildCaseEvent> childEvents(List<? extends PracticeEvent> events) {
        return events.stream().map(ChildCaseEvent.class::cast).toList();
    }

    private static LocalDate latest(List<? extends PracticeEvent> events, Class<?> type) {
        return events.stream().filter(type::isInstance).map(PracticeEvent::occurredAt).max(LocalDate::compareTo).orElse(null);
    }
}
