package uk.casemonitor.tools.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * The dice for one child or carer. Each subject gets its own, seeded from the authority's seed and
 * the subject's place in the intake, so the same settings give the same authority whatever order
 * or speed it is generated at. {@link Random} because its sequence is fixed by its specification,
 * the same on every Java version.
 */
final class Chance {

    private final Random random;

    Chance(long seed) {
        this.random = new Random(seed);
    }

    /** A well-spread seed from several numbers (SplitMix64's finaliser over each in turn). */
    static long seed(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h += part * 0xBF58476D1CE4E5B9L + 0x9E3779B97F4A7C15L;
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h ^= h >>> 31;
        }
        return h;
    }

    boolean happens(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        if (high <= low) {
            return low;
        }
        return low + random.nextInt(high - low + 1);
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A waiting time in days with the given mean, as for events that come at a steady rate. */
    long exponentialDays(double meanDays) {
        return Math.round(-Math.log(1 - random.nextDouble()) * meanDays);
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate dayBetween(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays((long) (random.nextDouble() * (span + 1)));
    }
}
