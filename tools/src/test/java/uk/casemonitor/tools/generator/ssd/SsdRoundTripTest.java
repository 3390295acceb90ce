package uk.casemonitor.tools.generator.ssd;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.app.admin.ProjectionRebuild;
import uk.casemonitor.app.compliance.CaseCompliance;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.app.ingestion.RecordingMode;
import uk.casemonitor.app.ingestion.StreamNotFoundException;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.imports.ssd.SsdCsvFiles;
import uk.casemonitor.imports.ssd.SsdImportReport;
import uk.casemonitor.imports.ssd.SsdImporter;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.kpi.KpiValue;
import uk.casemonitor.tools.generator.AuthorityGenerator;
import uk.casemonitor.tools.generator.GeneratedSubject;
import uk.casemonitor.tools.generator.GeneratorSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proof that the SSD can switch the monitor on: a generated authority's two nights of SSD
 * extracts, imported, give the same obligations, breaches and KPIs, for every rule the SSD can feed,
 * as recording the same history (what of it the SSD carries, {@link WhatTheSsdCarries}) through the
 * monitor's own recording; and the second night's import changes the figures of exactly the children
 * whose rows changed.
 */
class SsdRoundTripTest {

    /** The statutory duties and measures whose every trigger and every way of meeting them is in an SSD table. */
    private static final Set<String> FED_BY_THE_SSD = Set.of(
            "referral-decision", "assessment", "icpc", "rcpc", "cp-visit", "cin-visit", "cla-visit", "lac-review",
            "initial-health-assessment", "review-health-assessment", "dental-check",
            "cp-seen-alone", "repeat-cp-plan", "repeat-cp-plan-two-years", "three-plus-social-workers",
            "three-plus-placements", "pathway-plan", "care-leaver-contact", "care-leaver-in-touch", "care-leaver-neet",
            "care-leaver-suitable-accommodation");

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults(LAST_DAY).withEndDate(LAST_DAY)
                                                                       .withScale(0.05).withYears(2);

    @TempDir
    static Path extract;
    @TempDir
    static Path importedData;
    @TempDir
    static Path recordedData;

    private static SsdExtractSummary written;
    private static Map<String, List<ChildCaseEvent>> histories;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void writeTheExtract() {
        written = new SsdExtract(SecondNight.typical()).write(new AuthorityGenerator(SETTINGS), LAST_DAY, extract);
        histories = new LinkedHashMap<>();
        for (GeneratedSubject<?> subject : new AuthorityGenerator(SETTINGS)) {
            if (subject.isChild()) {
                histories.put(subject.id(), (List<ChildCaseEvent>) subject.events());
            }
        }
    }

    /** What the monitor says of the authority: each child's obligations and breaches, and every KPI for each team. */
    private record Picture(Map<String, List<String>> children, Map<String, String> kpis) {
    }

    @Test
    void importingBothNightsGivesWhatRecordingTheSameHistoryGivesAndNightTwoChangesOnlyWhatChanged() {
        MutableClock clock = MutableClock.at(LAST_DAY.toString());
        Picture afterNightOne;
        Picture afterNightTwo;
        SsdImportReport nightTwo;
        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", importedData.toString(),
                                                      "compliance.deadline-check", "1h",
                                                      "logging.level.root", "WARN"), clock)) {
            SsdImporter importer = app.bean(SsdImporter.class);
            SsdImportReport nightOne = importer.importFrom(SsdCsvFiles.fromFolder(written.nightOne()));
            assertThat(nightOne.problems()).isEmpty();
            assertThat(nightOne.refusedChildren()).isEmpty();
            afterNightOne = picture(app);

            clock.setDate(LAST_DAY.plusDays(1).toString());
            nightTwo = importer.importFrom(SsdCsvFiles.fromFolder(written.nightTwo()));
            assertThat(nightTwo.problems()).isEmpty();
            assertThat(nightTwo.refusedChildren()).isEmpty();
            assertThat(nightTwo.refusal()).isNull();
            afterNightTwo = picture(app);
        }

        Picture recorded;
        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", recordedData.toString(),
                                                      "compliance.deadline-check", "1h",
                                                      "logging.level.root", "WARN"), clock)) {
            List<EventIngestion.EventBatch<?>> batches = new ArrayList<>();
            histories.forEach((child, history) -> {
                List<ChildCaseEvent> carried = WhatTheSsdCarries.of(history, LAST_DAY);
                if (!carried.isEmpty()) {
                    batches.add(new EventIngestion.EventBatch<>(EventStream.CHILD_CASE, child, carried));
                }
            });
            EventIngestion.BulkOutcome outcome = app.bean(EventIngestion.class).recordEventsInBulk(batches, RecordingMode.IMPORT);
            assertThat(outcome.refused()).isEmpty();
            recorded = picture(app);
        }

        assertThat(afterNightTwo.children().keySet()).containsExactlyInAnyOrderElementsOf(recorded.children().keySet());
        List<String> differences = new ArrayList<>();
        afterNightTwo.children().forEach((child, figures) -> {
            List<String> expected = recorded.children().get(child);
            if (!figures.equals(expected)) {
                differences.add(child + "\n  imported: " + figures + "\n  recorded: " + expected);
            }
        });
        assertThat(differences).as("children whose figures differ, of " + recorded.children().size()).isEmpty();
        assertThat(afterNightTwo.kpis()).containsExactlyInAnyOrderEntriesOf(recorded.kpis());

        Set<String> changedOverNight = new TreeSet<>();
        afterNightTwo.children().forEach((child, figures) -> {
            if (!figures.equals(afterNightOne.children().get(child))) {
                changedOverNight.add(child);
            }
        });
        assertThat(changedOverNight).isNotEmpty().isSubsetOf(childrenWhoseRowsChanged());
        assertThat(nightTwo.corrections()).isGreaterThanOrEqualTo((int) written.mistypedVisitDates());
        // Night two takes back each deleted duplicate's visit, and each allocation it shows passed on the day it was made.
        assertThat(nightTwo.retractionsOfRowsGone()).isEqualTo((int) written.duplicatesDeleted());
        assertThat(nightTwo.retractions()).isEqualTo((int) written.eventsTakenBack());
    }

    private static Picture picture(RunningApp app) {
        awaitProjectionsCaughtUp(app);
        CaseCompliance compliance = app.bean(CaseCompliance.class);
        Map<String, List<String>> children = new TreeMap<>();
        for (String child : histories.keySet()) {
            CaseCompliance.View view;
            try {
                view = compliance.of(EventStream.CHILD_CASE, child, LAST_DAY, app.bean(Clock.class).instant());
            } catch (StreamNotFoundException nothingOfThisChildInTheSsd) {
                continue;
            }
            List<String> figures = new ArrayList<>();
            view.obligations().stream().filter(obligation -> FED_BY_THE_SSD.contains(obligation.rule()))
                .map(obligation -> "obligation " + describe(obligation)).sorted().forEach(figures::add);
            view.breaches().stream().filter(breach -> FED_BY_THE_SSD.contains(breach.rule()))
                .map(breach -> "breach " + describe(breach)).sorted().forEach(figures::add);
            if (!figures.isEmpty()) {
                children.put(child, figures);
            }
        }
        KpiService kpis = app.bean(KpiService.class);
        Map<String, String> values = new TreeMap<>();
        Set<String> teams = new HashSet<>();
        teams.add(null);
        histories.values().forEach(history -> history.stream()
                .filter(event -> event instanceof uk.casemonitor.core.childcase.TeamAssigned)
                .forEach(event -> teams.add(((uk.casemonitor.core.childcase.TeamAssigned) event).teamId())));
        for (String team : teams) {
            KpiScope scope = team == null ? KpiScope.AUTHORITY : KpiScope.team(team);
            for (KpiValue value : kpis.all(scope, LAST_DAY)) {
                if (FED_BY_THE_SSD.contains(value.id())) {
                    values.put(value.id() + " for " + (team == null ? "the authority" : team),
                               value.numerator() + "/" + value.denominator());
                }
            }
        }
        return new Picture(children, values);
    }

    private static String describe(CaseCompliance.ObligationView obligation) {
        return String.join(" ", obligation.rule(), String.valueOf(obligation.openedOn()), String.valueOf(obligation.dueOn()),
                           String.valueOf(obligation.state()), String.valueOf(obligation.daysLate()),
                           String.valueOf(obligation.closedOn()), String.valueOf(obligation.teamId()),
                           String.valueOf(obligation.workerId()));
    }

    private static void awaitProjectionsCaughtUp(RunningApp app) {
        long head = app.bean(EventStore.class).createHeadToken().position().orElse(0);
        ProjectionRebuild projections = app.bean(ProjectionRebuild.class);
        await().atMost(Duration.ofMinutes(2)).until(() -> projections.slowestStoredPosition() >= head);
    }

    /** The children with a row added, changed or gone between the two nights' files. */
    private static Set<String> childrenWhoseRowsChanged() {
        Set<String> children = new HashSet<>();
        for (SsdTable table : SsdTable.values()) {
            int personColumn = personColumn(table);
            if (personColumn < 0) {
                continue;
            }
            Map<String, List<String>> one = SsdFiles.rowsById(written.nightOne(), table);
            Map<String, List<String>> two = SsdFiles.rowsById(written.nightTwo(), table);
            Set<String> ids = new HashSet<>(one.keySet());
            ids.addAll(two.keySet());
            for (String id : ids) {
                List<String> before = one.get(id);
                List<String> after = two.get(id);
                if (before == null || !before.equals(after)) {
                    children.add((after == null ? before : after).get(personColumn));
                }
            }
        }
        return children;
    }

    private static int personColumn(SsdTable table) {
        for (int i = 0; i < table.columns().size(); i++) {
            String column = table.columns().get(i);
            if (column.endsWith("_person_id")) {
                return i;
            }
        }
        return -1;
    }
}
