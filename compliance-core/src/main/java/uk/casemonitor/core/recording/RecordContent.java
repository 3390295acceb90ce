package uk.casemonitor.core.recording;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Reads an event record's fields generically and digests text, for the ledger's fingerprints and
 * the hash chain. Both run for every event recorded, so the per-class field list and the digest
 * are kept rather than looked up each time.
 */
final class RecordContent {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    private RecordContent() {
    }

    static RecordComponent[] components(PracticeEvent event) {
        return COMPONENTS.get(event.getClass());
    }

    static Object valueOf(RecordComponent component, PracticeEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + event, e);
        }
    }

    static byte[] sha256(String text) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return digest.digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
