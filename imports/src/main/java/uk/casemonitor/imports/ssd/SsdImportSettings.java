package uk.casemonitor.imports.ssd;

/**
 * @param vanishedShareRefused a night on which more than this share of a table's rows seen before
 *                             are gone is taken for a broken extract (a failed reload, an empty table)
 *                             and refused whole, nothing retracted
 * @param vanishedRowsAccepted so many rows may always vanish, whatever the share: in a small table
 *                             one closed case is a large share
 * @param childrenPerBulk      children recorded per unit of work
 * @param threads              units of work recorded at once (different children each), so that the
 *                             backfill uses every core
 */
public record SsdImportSettings(double vanishedShareRefused, int vanishedRowsAccepted, int childrenPerBulk,
                                int threads) {

    public static final SsdImportSettings DEFAULTS = new SsdImportSettings(0.10, 5, 50, 2);

    public SsdImportSettings {
        if (vanishedShareRefused < 0 || vanishedShareRefused > 1) {
            throw new IllegalArgumentException("vanishedShareRefused must be between 0 and 1: " + vanishedShareRefused);
        }
        if (vanishedRowsAccepted < 0 || childrenPerBulk < 1 || threads < 1) {
            throw new IllegalArgumentException("vanishedRowsAccepted must be 0 or more, childrenPerBulk and threads 1 or more");
        }
    }
}
