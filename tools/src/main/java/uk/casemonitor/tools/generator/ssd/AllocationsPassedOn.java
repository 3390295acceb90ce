package uk.casemonitor.tools.generator.ssd;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A child's allocations the first night shows held, that the second shows passed on the day they were
 * made: the front door's team took the referral, and the team it went to that same day was only
 * entered on the last day. An involvement passed on its first day allocates nothing in the monitor
 * (docs/ssd-mapping.md), so the second night's import takes back the team, and the worker if any,
 * the first night gave: retractions no row's deletion explains.
 */
final class AllocationsPassedOn {

    private static final String START = "invo_involvement_start_date";
    private static final String END = "invo_involvement_end_date";

    private AllocationsPassedOn() {
    }

    /** The team and worker allocations of one child's involvements that the second night withdraws. */
    static long withdrawn(List<SsdRow> nightOne, List<SsdRow> nightTwo) {
        Map<String, SsdRow> before = new HashMap<>();
        for (SsdRow row : nightOne) {
            if (row.table() == SsdTable.INVOLVEMENTS) {
                before.put(row.id(), row);
            }
        }
        Set<String> passedOn = passedOnTheDayTheyBegan(nightTwo);
        long withdrawn = 0;
        for (SsdRow row : nightTwo) {
            SsdRow was = before.get(row.id());
            if (was != null && !endedOnItsFirstDay(was) && passedOn.contains(row.id())) {
                withdrawn += (row.value("invo_professional_team").isEmpty() ? 0 : 1)
                             + (row.value("invo_professional_id").isEmpty() ? 0 : 1);
            }
        }
        return withdrawn;
    }

    /**
     * The ids of one night's involvements that ended the day they began while another of the child's
     * began that day and went on: the case passed through them, and they allocate nothing.
     */
    static Set<String> passedOnTheDayTheyBegan(List<SsdRow> rows) {
        List<SsdRow> involvements = rows.stream().filter(row -> row.table() == SsdTable.INVOLVEMENTS).toList();
        Set<String> wentOn = new HashSet<>();
        for (SsdRow row : involvements) {
            if (!endedOnItsFirstDay(row)) {
                wentOn.add(row.value(START));
            }
        }
        Set<String> passedOn = new HashSet<>();
        for (SsdRow row : involvements) {
            if (endedOnItsFirstDay(row) && wentOn.contains(row.value(START))) {
                passedOn.add(row.id());
            }
        }
        return passedOn;
    }

    private static boolean endedOnItsFirstDay(SsdRow involvement) {
        return involvement.value(END).equals(involvement.value(START));
    }
}
