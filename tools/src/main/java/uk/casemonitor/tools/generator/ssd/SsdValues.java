package uk.casemonitor.tools.generator.ssd;

import java.time.LocalDate;

/**
 * Values as an SSD extract gives them. The SSD's columns are SQL Server {@code DATETIME}s, written
 * {@code YYYY-MM-DD HH:MM:SS.fff}: midnight for what the case system holds as a date (a plan's
 * start), a time of day for what a worker records with one (a visit, a conference); a few systems'
 * columns are plain dates. Flags are {@code Y}/{@code N}; unknown is blank.
 */
final class SsdValues {

    private SsdValues() {
    }

    static String datetime(LocalDate date) {
        return date == null ? "" : date + " 00:00:00.000";
    }

    /** A time in office hours, the same for the same row every night (the row's id picks it). */
    static String datetime(LocalDate date, String rowId) {
        if (date == null) {
            return "";
        }
        int slot = Math.floorMod(rowId.hashCode() * 31 + 7, 9 * 12);
        int hour = 9 + slot / 12;
        int minute = slot % 12 * 5;
        return String.format("%s %02d:%02d:00.000", date, hour, minute);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String flag(Boolean value) {
        return value == null ? "" : value ? "Y" : "N";
    }

    /** The SSD's numeric row id for a generated event id ({@code g-0001234} is row {@code 1234}). */
    static String rowId(String eventId) {
        return Long.toString(Long.parseLong(eventId.substring(eventId.indexOf('-') + 1)));
    }

    /** A number in [0, 1) fixed by a text and a purpose, to pick rows for night-two changes the same way every run. */
    static double share(String text, String purpose) {
        long h = 1125899906842597L;
        for (char c : (purpose + '/' + text).toCharArray()) {
            h = 31 * h + c;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) / (double) (1L << 53);
    }
}
