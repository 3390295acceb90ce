package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.CaseEpisodes;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ReturnFactUnplaced;
import uk.casemonitor.core.childcase.VisitMade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A statutory visit belongs to the plan or period of care it was made under (a CP visit to a CP
 * plan, a looked-after visit to a period of care): the monitor refuses one outside any, and would
 * refuse the child's whole history with it. Such a visit is reported against its row and kept as a
 * data-quality finding ({@link ReturnFactUnplaced}) instead of the visit, so the rest of the child's
 * record comes in and the team sees what to put right; once the plan's dates are put right in the
 * case system, the next night's import records the visit and retracts the finding (the row no
 * longer gives it).
 */
final class VisitsOutsidePlans {

    private final List<SsdRowProblem> problems;

    VisitsOutsidePlans(List<SsdRowProblem> problems) {
        this.problems = problems;
    }

    List<MappedRow> leaveOut(List<MappedRow> rows) {
        Map<String, CaseEpisodes> episodesByChild = episodes(rows);
        List<MappedRow> kept = new ArrayList<>(rows.size());
        for (MappedRow row : rows) {
            if (row.events().size() == 1 && row.events().get(0) instanceof VisitMade visit
                    && !episodesByChild.getOrDefault(row.childId(), new CaseEpisodes())
                                       .periods(visit.visitType().episode()).covers(visit.occurredAt())) {
                String reason = "the visit on " + visit.occurredAt() + " is not during "
                                + visit.visitType().episode().description() + " of child " + row.childId() + " in the extract";
                problems.add(new SsdRowProblem(row.table().tableName(), row.rowId(), row.place(),
                        row.table().idColumn().toLowerCase(java.util.Locale.ROOT).replace("_id", "_date"),
                        reason + ": not imported as a visit, kept as a data-quality finding"));
                kept.add(row.withEvents(List.of(ReturnFactUnplaced.instead(visit,
                        row.table().tableName() + " row " + row.rowId(), reason))));
            } else {
                kept.add(row);
            }
        }
        return kept;
    }

    /** Each child's episodes from every event of tonight's snapshot but the visits, in the order they happened. */
    private static Map<String, CaseEpisodes> episodes(List<MappedRow> rows) {
        Map<String, List<ChildCaseEvent>> byChild = new HashMap<>();
        for (MappedRow row : rows) {
            for (ChildCaseEvent event : row.events()) {
                if (!(event instanceof VisitMade)) {
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
