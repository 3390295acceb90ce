package uk.casemonitor.projections.quality;

/**
 * How many findings of one check stand against one team (null: cases with no team), for the
 * summary and for export as metrics.
 */
public record FindingCount(String teamId, String check, long count) {
}
