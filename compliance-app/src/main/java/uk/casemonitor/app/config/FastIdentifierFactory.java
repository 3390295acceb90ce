package uk.casemonitor.app.config;

import org.axonframework.common.IdentifierFactory;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Message identifiers for Axon. They need to be unique, not unguessable: Axon's default draws every
 * one from SecureRandom, which is a measurable share of recording an event. Loaded by Axon through
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public class FastIdentifierFactory extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
