package uk.casemonitor.tools.generator.ssd;

/**
 * How the first night's extract differs from the second's, beyond what was recorded in between.
 * The second night is the generated history as it stands at the end of its last day; the first is
 * the same case system a day earlier, when what was recorded that last day was not yet there, and
 * a few mistakes put right during the day were still in it.
 *
 * @param mistypedVisitDates share of visits whose date was typed a day late on the first night and
 *                           corrected on the second (only where a day later stays in the same plan)
 * @param duplicatedVisits   share of visits recorded twice on the first night, the duplicate
 *                           deleted by the second (its row vanishes)
 * @param workerChangesEnteredLate share of the changes of worker in the last four weeks that were
 *                           only entered on the last day: new involvements on the second night
 */
public record SecondNight(double mistypedVisitDates, double duplicatedVisits, double workerChangesEnteredLate) {

    public SecondNight {
        for (double share : new double[] {mistypedVisitDates, duplicatedVisits, workerChangesEnteredLate}) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("shares must be between 0 and 1: " + share);
            }
        }
    }

    /**
     * Together with a day's new recording, about 1% of a scale-1 extract's rows change from one
     * night to the next: the order of change a nightly import has to keep up with.
     */
    public static SecondNight typical() {
        return new SecondNight(0.012, 0.002, 0.5);
    }
}
