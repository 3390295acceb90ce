package uk.casemonitor.app.security;

import org.springframework.stereotype.Component;
import uk.casemonitor.app.ingestion.SignedInRecorder;

import java.util.Optional;

/** Live events are recorded as made by the {@link Caller} of the request. */
@Component
class CallerAsRecorder implements SignedInRecorder {

    @Override
    public Optional<String> name() {
        return Caller.current().map(Caller::name);
    }
}
