package uk.casemonitor.imports.ssd;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Event ids that come from the SSD row itself, so that importing the same snapshot again finds
 * every event already recorded. An event is {@code ssd:<table>:<row id>:<kind>}; a correction or
 * retraction the importer sends names the event and the night, so a night run twice sends it once.
 */
final class SsdEventIds {

    private static final int MAX_LENGTH = 100;

    private SsdEventIds() {
    }

    static String of(SsdTable table, String rowId, String kind) {
        String id = "ssd:" + table.shortName() + ":" + rowId + ":" + kind;
        // Row ids are short in every case system seen; a very long one is digested rather than refused.
        return id.length() <= MAX_LENGTH ? id : "ssd:" + table.shortName() + ":#" + digest(rowId, 24) + ":" + kind;
    }

    static String correction(String correctedEventId, String newFingerprint, LocalDate night) {
        return "ssd-correction:" + digest(correctedEventId + "|" + newFingerprint + "|" + night, 32);
    }

    static String retraction(String retractedEventId, LocalDate night) {
        return "ssd-retraction:" + digest(retractedEventId + "|" + night, 32);
    }

    private static String digest(String text, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
