package uk.casemonitor.projections.breach;

/** Something that happened to a breach, for alert feeds and metrics. */
public record BreachChange(Kind kind, Breach breach) {

    public enum Kind {
        RAISED,
        RESOLVED_LATE,
        CLOSED_UNMET,
        WITHDRAWN,
        ACKNOWLEDGED
    }
}
