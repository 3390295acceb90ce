package uk.casemonitor.core.recording;

import java.lang.reflect.RecordComponent;
import java.util.HexFormat;

/**
 * The tamper-evidence chain of a stream: each event's hash covers its whole content (every field,
 * including when and by whom it was recorded) and the hash of the event before it, so altering or
 * removing any stored event breaks every hash after it.
 */
public final class ChainHash {

    /** Metadata keys under which each stored event carries its place in the chain. */
    public static final String HASH = "chainHash";
    public static final String PREVIOUS = "previousHash";
    /** The "previous hash" of a stream's first event. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String next(String previousHash, PracticeEvent event) {
        StringBuilder content = new StringBuilder(previousHash).append('\u001e').append(event.getClass().getSimpleName());
        for (RecordComponent component : RecordContent.components(event)) {
            content.append('\u001f').append(component.getName()).append('=').append(RecordContent.valueOf(component, event));
        }
        return HexFormat.of().formatHex(RecordContent.sha256(content.toString()));
    }
}
