package uk.casemonitor.tools.generator;

/**
 * The ways children and carers become known to the authority, with how many a year arrive at
 * scale 1. Chosen so that at any moment a mid-sized authority holds about 1,000 children on
 * child-in-need plans, 200 on child-protection plans, 300 looked after, 120 care leavers and 150
 * foster carers; the flow through the front door is several times the caseload.
 *
 * <p>Each intake starts far enough before the history that whoever is open on its first day is
 * there, with how they got there: a few years for plans, a childhood for care.
 */
enum Intake {
    /** Contacts and referrals to the front door (CIN census: about 550 per 10,000 children a year). */
    REFERRALS(3550, 10, true),
    /** Children who come into care straight from a crisis or through care proceedings, or arrive unaccompanied. */
    CARE_ENTRIES(85, 27, false),
    /** Notifications of private fostering arrangements. */
    PRIVATE_FOSTERING(8, 3, false),
    /** Foster carers approved by the fostering panel. */
    FOSTER_CARERS(24, 30, false);

    final double perYear;
    final int yearsBeforeHistory;
    /** Referrals dip in the school summer holidays and at Christmas. */
    final boolean seasonal;

    Intake(double perYear, int yearsBeforeHistory, boolean seasonal) {
        this.perYear = perYear;
        this.yearsBeforeHistory = yearsBeforeHistory;
        this.seasonal = seasonal;
    }

    private static final double[] SEASON = {1.0, 1.05, 1.1, 0.95, 1.05, 1.1, 1.05, 0.75, 1.0, 1.1, 1.1, 0.85};

    /** Expected arrivals in a month (1-12) at the given scale. */
    double expectedIn(int month, double scale) {
        return perYear * scale / 12 * (seasonal ? SEASON[month - 1] : 1.0);
    }
}
