package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.childcase.CaseEpisodes;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.PathwayPlanReviewed;
import uk.casemonitor.core.childcase.ReturnFactUnplaced;
import uk.casemonitor.core.childcase.VisitMade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Practice belongs to the plan or period it was done under (a CP visit to a CP plan, a looked-after
 * visit to a period of care, a personal adviser's contact to care-leaver support): the monitor
 * refuses it outside any, and would refuse the child's whole history with it. Such practice is
 * reported against its row and kept as a data-quality finding ({@link ReturnFactUnplaced}) instead,
 * so the rest of the child's record comes in and the team sees what to put right; once the dates are
 * put right in the case system, the next night's import records the practice and retracts the
 * finding (the row no longer gives it).
 */
final class PracticeOutsideItsEpisode {

    private final List<SsdRowProblem> problems;

    PracticeOutsideItsEpisode(List<SsdRowProblem> problems) {
        this.problems = problems;
    }

    List<MappedRow> leaveOut(List<MappedRow> rows) {
        Map<String, CaseEpisodes> episodesByChild = episodes(rows);
        List<MappedRow> kept = new ArrayList<>(rows.size());
        for (MappedRow row : rows) {
            CaseEpisodes episodes = episodesByChild.getOrDefault(row.childId(), new CaseEpisodes());
            List<ChildCaseEvent> events = new ArrayList<>(row.events().size());
            boolean unplaced = false;
            for (ChildCaseEvent event : row.events()) {
                Optional<CaseEpisode> during = isPractice(event) ? CaseEpisodes.happensDuring(event) : Optional.empty();
                if (during.isEmpty() || episodes.periods(during.get()).covers(event.occurredAt())) {
                    events.add(event);
                    continue;
                }
                String reason = describe(event) + " on " + event.occurredAt() + " is not during "
                                + during.get().description() + " of child " + row.childId() + " in the extract";
                problems.add(new SsdRowProblem(row.table().tableName(), row.rowId(), row.place(), column(row, event),
                        reason + ": not imported as such, kept as a data-quality finding"));
                events.add(ReturnFactUnplaced.instead(event, row.table().tableName() + " row " + row.rowId(), reason));
                unplaced = true;
            }
            kept.add(unplaced ? row.withEvents(events) : row);
        }
        return kept;
    }

    /** Practice done during an episode that does not itself open, move or end one. */
    private static boolean isPractice(ChildCaseEvent event) {
        return event instanceof VisitMade || event instanceof CareLeaverContactMade || event instanceof PathwayPlanReviewed;
    }

    private static String describe(ChildCaseEvent event) {
        if (event instanceof CareLeaverContactMade) {
            return "the latest contact";
        }
        return event instanceof PathwayPlanReviewed ? "the pathway plan" : "the visit";
    }

    private static String column(MappedRow row, ChildCaseEvent event) {
        if (event instanceof CareLeaverContactMade) {
            return "clea_care_leaver_latest_contact";
        }
        if (event instanceof PathwayPlanReviewed) {
            return "clea_pathway_plan_review_date";
        }
        return row.table().idColumn().toLowerCase(Locale.ROOT).replace("_id", "_date");
    }

    /** Each child's episodes from every event of tonight's snapshot but the practice, in the order they happened. */
    private static Map<String, CaseEpisodes> episodes(List<MappedRow> rows) {
        Map<String, List<ChildCaseEvent>> byChild = new HashMap<>();
        for (MappedRow row : rows) {
            for (ChildCaseEvent event : row.events()) {
                if (!isPractice(event)) {
                    byChild.computeIfAbsent(row.childId(), c -> new ArrayList<>()).add(event);
                }
            }
        }
        Map<String, CaseEpisodes> episodes = new HashMap<>();
        byChild.forEach((child, events) -> {
            events.sort(SsdEventOrder.CHRONOLOGICAL);
            episodes.put(child, CaseEpisodes.of(events));
        });
        return episodes;
    }
}
