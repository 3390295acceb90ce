package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.ChildCaseEvent;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one SSD row says as the monitor's events, not yet stamped with when they were recorded
 * ({@code recordedAt} is the epoch until the importer decides).
 *
 * @param childId empty when the row could not be read far enough to know the child
 * @param faulty  the row had a problem: it is left as it was last imported, neither changed nor retracted
 */
record MappedRow(SsdTable table, String rowId, int place, String childId, List<ChildCaseEvent> events,
                 boolean faulty) {

    static final Instant NOT_YET_STAMPED = Instant.EPOCH;

    MappedRow {
        events = List.copyOf(events);
    }

    RowKey key() {
        return new RowKey(table.tableName(), rowId);
    }

    MappedRow withEvents(List<ChildCaseEvent> instead) {
        return new MappedRow(table, rowId, place, childId, instead, faulty);
    }

    /**
     * Each event's id with a digest of its content, recording time left out: what the importer keeps
     * of the row, to tell tomorrow what changed.
     */
    Map<String, String> fingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (ChildCaseEvent event : events) {
            fingerprints.put(event.eventId(), fingerprint(event));
        }
        return fingerprints;
    }

    /** The event's type and every field, in declaration order, digested; events here are all unstamped. */
    static String fingerprint(ChildCaseEvent unstamped) {
        StringBuilder content = new StringBuilder(unstamped.getClass().getSimpleName());
        try {
            for (RecordComponent component : COMPONENTS.get(unstamped.getClass())) {
                content.append('|').append(component.getAccessor().invoke(unstamped));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the fields of " + unstamped.getClass().getName(), e);
        }
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)), 0, 12);
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** Every row of every night is digested: the digest is kept rather than looked up each time. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    /** A row of an SSD table, from one night to the next. */
    record RowKey(String table, String rowId) {
    }
}
