package uk.casemonitor.tools.generator.ssd;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second night withdraws an allocation the first showed held when it turns out the case passed
 * on that same day: the importer then takes back the team (and worker) it gave.
 */
class AllocationsPassedOnTest {

    private static final String REFERRED = "2026-10-29 00:00:00.000";

    @Test
    void theFrontDoorsTeamIsWithdrawnWhenTheSameDaysMoveToAnAssessmentTeamIsEnteredLate() {
        List<SsdRow> nightOne = List.of(involvement("101", "", "team-mash-1", ""));
        List<SsdRow> nightTwo = List.of(involvement("101", "", "team-mash-1", REFERRED),
                                        involvement("103", "sw-0009", "team-assessment-1", ""));

        assertThat(AllocationsPassedOn.withdrawn(nightOne, nightTwo)).isEqualTo(1);
    }

    @Test
    void aTeamAndItsWorkerPassedOnTheSameDayAreTwoAllocationsWithdrawn() {
        List<SsdRow> nightOne = List.of(involvement("101", "sw-0001", "team-mash-1", ""));
        List<SsdRow> nightTwo = List.of(involvement("101", "sw-0001", "team-mash-1", REFERRED),
                                        involvement("103", "sw-0009", "team-assessment-1", ""));

        assertThat(AllocationsPassedOn.withdrawn(nightOne, nightTwo)).isEqualTo(2);
    }

    @Test
    void anAllocationEndedOnItsFirstDayWithNothingAfterIsStillMade() {
        // Stepped down to early help the day it came in: the front door held the case, if only that day.
        List<SsdRow> nightOne = List.of(involvement("101", "", "team-mash-1", ""));
        List<SsdRow> nightTwo = List.of(involvement("101", "", "team-mash-1", REFERRED));

        assertThat(AllocationsPassedOn.withdrawn(nightOne, nightTwo)).isZero();
    }

    @Test
    void anAllocationAlreadyPassedOnTheFirstNightGaveNothingToWithdraw() {
        List<SsdRow> both = List.of(involvement("101", "", "team-mash-1", REFERRED),
                                    involvement("103", "sw-0009", "team-assessment-1", ""));

        assertThat(AllocationsPassedOn.withdrawn(both, both)).isZero();
    }

    private static SsdRow involvement(String id, String worker, String team, String ended) {
        return SsdRow.of(SsdTable.INVOLVEMENTS, id, worker, worker.isEmpty() ? "" : "Social Worker", team, "C001418",
                         "86866", REFERRED, ended, "");
    }
}
