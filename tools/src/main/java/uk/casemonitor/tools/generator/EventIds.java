package uk.casemonitor.tools.generator;

/** Event ids in generation order, "g-0000001" onwards: unique across the authority, the same every run. */
final class EventIds {

    private long issued;

    String next() {
        issued++;
        String digits = Long.toString(issued);
        return digits.length() >= 7 ? "g-" + digits : "g-" + "0".repeat(7 - digits.length()) + digits;
    }

    long issued() {
        return issued;
    }
}
