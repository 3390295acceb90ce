package uk.casemonitor.projections.metrics;

/**
 * How long an open breach has been overdue, in calendar days past its due date, banded so that
 * a surgery can see at a glance which breaches have gone stale (and so the metric stays small).
 */
public enum OverdueBand {
    UP_TO_A_WEEK("1-7", 7),
    UP_TO_FOUR_WEEKS("8-28", 28),
    UP_TO_THREE_MONTHS("29-90", 90),
    OVER_THREE_MONTHS("91+", Long.MAX_VALUE);

    private final String label;
    private final long upToDays;

    OverdueBand(String label, long upToDays) {
        this.label = label;
        this.upToDays = upToDays;
    }

    /** The tag value, e.g. {@code 8-28}. */
    public String label() {
        return label;
    }

    /** An open breach is at least a day overdue; a due date moved into the future still counts as the first band. */
    public static OverdueBand of(long daysOverdue) {
        for (OverdueBand band : values()) {
            if (daysOverdue <= band.upToDays) {
                return band;
            }
        }
        return OVER_THREE_MONTHS;
    }
}
