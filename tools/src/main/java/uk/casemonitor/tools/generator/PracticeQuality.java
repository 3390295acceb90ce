package uk.casemonitor.tools.generator;

/**
 * How well the generated authority keeps to its timescales. Each rate is the chance, per occasion,
 * that one piece of practice misses its timescale (or is recorded late). The defaults describe an
 * authority an inspector would say "requires improvement": most visits on time, a third of initial
 * conferences late as the 2018 inspection found, half of foster carers' reviews out of date.
 *
 * @param lateVisit            a statutory visit after its due date (CP, CIN, CLA, care leaver, private fostering, carer supervision)
 * @param notSeenAlone         a child old enough to be seen alone who was seen, but not alone
 * @param seenAnswerMissing    whether the child was seen, or seen alone, left unanswered on the record
 * @param lateIcpc             an initial child protection conference beyond 15 working days of the strategy discussion
 * @param lateAssessment       a child and family assessment beyond 45 working days of the referral
 * @param lateReview           a review (CP conference, CLA review, CIN review, pathway plan) after it fell due
 * @param lateHealthAssessment a looked-after child's health assessment or dental check after it fell due
 * @param overdueCarerReview   the share of approved foster carers whose annual review is out of date at any moment
 * @param missedOversight      a management oversight interval stretched well beyond the local 4 or 6 weeks
 * @param workerChangesPerYear social worker changes within a team, per open case per year (turnover, sickness)
 * @param lateRecording        an event recorded more than 3 working days after it happened
 * @param lateRecordingMaxDays the longest delay, in calendar days, before a late record is entered
 */
record PracticeQuality(
        double lateVisit,
        double notSeenAlone,
        double seenAnswerMissing,
        double lateIcpc,
        double lateAssessment,
        double lateReview,
        double lateHealthAssessment,
        double overdueCarerReview,
        double missedOversight,
        double workerChangesPerYear,
        double lateRecording,
        int lateRecordingMaxDays) {

    public PracticeQuality {
        requireProbability("lateVisit", lateVisit);
        requireProbability("notSeenAlone", notSeenAlone);
        requireProbability("seenAnswerMissing", seenAnswerMissing);
        requireProbability("lateIcpc", lateIcpc);
        requireProbability("lateAssessment", lateAssessment);
        requireProbability("lateReview", lateReview);
        requireProbability("lateHealthAssessment", lateHealthAssessment);
        requireProbability("overdueCarerReview", overdueCarerReview);
        requireProbability("missedOversight", missedOversight);
        requireProbability("lateRecording", lateRecording);
        if (workerChangesPerYear < 0) {
            throw new IllegalArgumentException("workerChangesPerYear must not be negative: " + workerChangesPerYear);
        }
        if (lateRecordingMaxDays < 10) {
            throw new IllegalArgumentException("lateRecordingMaxDays must be at least 10: " + lateRecordingMaxDays);
        }
    }

    /** A mid-sized authority that requires improvement. */
    public static PracticeQuality typical() {
        return new PracticeQuality(0.15, 0.2, 0.02, 1.0 / 3, 0.15, 0.1, 0.25, 0.5, 0.2, 0.5, 0.06, 60);
    }

    private static void requireProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability between 0 and 1: " + value);
        }
    }
}
