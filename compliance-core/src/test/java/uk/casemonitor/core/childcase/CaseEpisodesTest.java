package uk.casemonitor.core.childcase;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.CaseEpisodes.Stretch;
import uk.casemonitor.core.recording.Periods.Period;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.childcase.CaseEvents.*;

/** The one episode model the aggregate, the engine and the data-quality checks read. */
class CaseEpisodesTest {

    @Test
    void ceasingToBeLookedAfterEndsThePlacementToo() {
        CaseEpisodes episodes = CaseEpisodes.of(List.of(
                becameLookedAfter("e1", "2024-01-10"), placementStarted("e2", "2024-01-10"),
                ceasedLookedAfter("e3", "2024-03-01")));

        assertThat(episodes.periods(CaseEpisode.LOOKED_AFTER).all())
                .containsExactly(new Period(date("2024-01-10"), date("2024-03-01")));
        assertThat(episodes.periods(CaseEpisode.PLACEMENT).all())
                .containsExactly(new Period(date("2024-01-10"), date("2024-03-01")));
    }

    @Test
    void aPlacementMoveEndsTheCurrentPlacementAndStartsTheNextTheSameDay() {
        CaseEpisodes episodes = CaseEpisodes.of(List.of(
                becameLookedAfter("e1", "2024-01-10"), placementStarted("e2", "2024-01-10"),
                placementChanged("e3", "2024-02-05")));

        assertThat(episodes.periods(CaseEpisode.PLACEMENT).all()).containsExactly(
                new Period(date("2024-01-10"), date("2024-02-05")), new Period(date("2024-02-05"), null));
        assertThat(episodes.startOf(CaseEpisode.PLACEMENT)).isEqualTo(date("2024-02-05"));
    }

    @Test
    void aMoveOnTheDayThePlacementStartedIsTheSamePlacement() {
        CaseEpisodes episodes = CaseEpisodes.of(List.of(
                becameLookedAfter("e1", "2024-01-10"), placementStarted("e2", "2024-01-10"),
                placementChanged("e3", "2024-01-10")));

        assertThat(episodes.periods(CaseEpisode.PLACEMENT).all()).containsExactly(new Period(date("2024-01-10"), null));
    }

    @Test
    void aLaterCareLeaverStatusContinuesTheSameSupport() {
        CaseEpisodes episodes = CaseEpisodes.of(List.of(
                new BecameCareLeaver(CHILD, "e1", date("2024-01-10"), RECORDED, WORKER, CareLeaverStatus.ELIGIBLE),
                new BecameCareLeaver(CHILD, "e2", date("2024-04-01"), RECORDED, WORKER, CareLeaverStatus.RELEVANT)));

        assertThat(episodes.periods(CaseEpisode.CARE_LEAVER).all()).containsExactly(new Period(date("2024-01-10"), null));
    }

    @Test
    void closingTheCaseEndsEveryOpenEpisodeAndTheyAreListedInTheOrderTheyEnded() {
        CaseEpisodes episodes = CaseEpisodes.of(List.of(
                cpPlanStarted("e1", "2024-01-03"), becameLookedAfter("e2", "2024-01-10"),
                placementStarted("e3", "2024-01-10"), cpPlanEnded("e4", "2024-02-01"),
                caseClosed("e5", "2024-03-01")));

        assertThat(episodes.stretches()).containsExactly(
                new Stretch(CaseEpisode.CHILD_PROTECTION_PLAN, date("2024-01-03"), date("2024-02-01")),
                new Stretch(CaseEpisode.LOOKED_AFTER, date("2024-01-10"), date("2024-03-01")),
                new Stretch(CaseEpisode.PLACEMENT, date("2024-01-10"), date("2024-03-01")));
        assertThat(episodes.isOpen(CaseEpisode.LOOKED_AFTER)).isFalse();
    }

    @Test
    void episodeStartsSortBeforeTheDaysPracticeAndEndsAfter() {
        assertThat(CaseEpisodes.begins(placementChanged("e1", "2024-01-10"))).isTrue();
        assertThat(CaseEpisodes.begins(cpPlanStarted("e2", "2024-01-10"))).isTrue();
        assertThat(CaseEpisodes.ends(caseClosed("e3", "2024-01-10"))).isTrue();
        assertThat(CaseEpisodes.ends(ceasedLookedAfter("e4", "2024-01-10"))).isTrue();
        assertThat(CaseEpisodes.begins(rcpc("e5", "2024-01-10"))).isFalse();
        assertThat(CaseEpisodes.ends(rcpc("e5", "2024-01-10"))).isFalse();
    }
}
