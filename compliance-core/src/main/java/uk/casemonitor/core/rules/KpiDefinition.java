package uk.casemonitor.core.rules;

/**
 * A performance measure as a surgery reads it.
 *
 * @param source          the rule or measure id whose obligations or observations it counts
 * @param higherIsBetter  false for measures where the numerator counts failures (e.g. NEET)
 * @param target          the ratio the authority aims for (at least, or at most when lower is better)
 */
public record KpiDefinition(String id, String label, KpiStyle style, SubjectKind subjectKind, String source,
                            boolean higherIsBetter, double target) {

    public boolean meetsTarget(double ratio) {
        return higherIsBetter ? ratio >= target : ratio <= target;
    }
}
