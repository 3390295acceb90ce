package uk.casemonitor.tools.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What authority to generate. Scale 1 is a mid-sized authority (about 300 children looked after,
 * 200 on child-protection plans, 1,000 on child-in-need plans, 120 care leavers and 150 foster
 * carers at any moment); scale multiplies the caseload and the workforce alike.
 *
 * <p>Every event happens on or before {@code endDate} and is recorded no later than that day's
 * evening, so an end date before today gives a history the monitor accepts as already recorded.
 *
 * @param seed    the same seed and settings always give the same authority, byte for byte
 * @param scale   caseload multiplier: 0.1 for quick tests, 10 or 100 for load
 * @param years   length of the history before {@code endDate}
 * @param endDate the last day of the history
 * @param rates   how often practice falls short
 */
public record GeneratorSettings(long seed, double scale, int years, LocalDate endDate, PracticeQuality rates) {

    public static final long DEFAULT_SEED = 42;

    public GeneratorSettings {
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(rates, "rates");
        if (!(scale > 0 && scale <= 1000)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 1000: " + scale);
        }
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("years must be between 1 and 30: " + years);
        }
    }

    /** A mid-sized authority over 5 years ending a few days before {@code today}, typical practice. */
    public static GeneratorSettings defaults(LocalDate today) {
        // A few days' margin so that the last events, recorded up to 2 working days late, are still in the past.
        return new GeneratorSettings(DEFAULT_SEED, 1, 5, today.minusDays(3), PracticeQuality.typical());
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(newSeed, scale, years, endDate, rates);
    }

    public GeneratorSettings withScale(double newScale) {
        return new GeneratorSettings(seed, newScale, years, endDate, rates);
    }

    public GeneratorSettings withYears(int newYears) {
        return new GeneratorSettings(seed, scale, newYears, endDate, rates);
    }

    public GeneratorSettings withEndDate(LocalDate newEndDate) {
        return new GeneratorSettings(seed, scale, years, newEndDate, rates);
    }

    public GeneratorSettings withRates(PracticeQuality newRates) {
        return new GeneratorSettings(seed, scale, years, endDate, newRates);
    }

    /** The first day of the history: practice before it is known only as far as a migration would bring it. */
    public LocalDate startDate() {
        return endDate.minusYears(years);
    }
}
