package uk.casemonitor.core.childcase;

/** Which statutory visiting duty a visit discharges, and so which episode it must fall within. */
public enum VisitType {
    CHILD_PROTECTION(CaseEpisode.CHILD_PROTECTION_PLAN),
    CHILD_IN_NEED(CaseEpisode.CHILD_IN_NEED_PLAN),
    LOOKED_AFTER(CaseEpisode.LOOKED_AFTER),
    CARE_LEAVER(CaseEpisode.CARE_LEAVER),
    PRIVATE_FOSTERING(CaseEpisode.PRIVATE_FOSTERING);

    private final CaseEpisode episode;

    VisitType(CaseEpisode episode) {
        this.episode = episode;
    }

    public CaseEpisode episode() {
        return episode;
    }
}
