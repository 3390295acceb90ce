package uk.casemonitor.app.ingestion;

import java.util.Optional;

/**
 * Who is signed in on the thread recording live events: the name a live event is recorded as made
 * by. The security layer provides it, so that ingestion needs to know nothing of how users sign in.
 */
@FunctionalInterface
public interface SignedInRecorder {

    /** The signed-in user's name, or empty when no user signed in on this thread. */
    Optional<String> name();
}
