package uk.casemonitor.tools.generator;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.casemonitor.core.childcase.ChildCase;
import uk.casemonitor.core.fostercarer.FosterCarer;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stream the generator writes is one the monitor accepts: recorded through the real
 * aggregates on an in-memory event store, no command is refused and every event is stored; every
 * event passes the API's field validation and was recorded between the day it happened and the
 * last day of the history.
 */
class GeneratedHistoryIsAcceptedTest {

    private static final LocalDate END = LocalDate.of(2025, 6, 30);
    /** Axon's in-memory store scans every event to load an aggregate; a fresh store now and then keeps that short. */
    private static final int SUBJECTS_PER_STORE = 50;

    private static ValidatorFactory validation;

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stopValidation() {
        validation.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 2024})
    void everyGeneratedStreamIsRecordedWithoutARefusal(long seed) {
        GeneratorSettings settings = new GeneratorSettings(seed, 0.1, 5, END, PracticeQuality.typical());
        Validator validator = validation.getValidator();
        List<String> refusals = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        long events = 0;
        long stored = 0;
        int subjects = 0;
        Configuration axon = inMemoryAxon();

        for (GeneratedSubject<?> subject : new AuthorityGenerator(settings)) {
            if (++subjects % SUBJECTS_PER_STORE == 0) {
                axon.shutdown();
                axon = inMemoryAxon();
            }
            events += subject.events().size();
            for (PracticeEvent event : subject.events()) {
                validator.validate(event).forEach(violation -> invalid.add(
                        event.eventId() + " " + violation.getPropertyPath() + " " + violation.getMessage()));
                LocalDate recorded = CaseTime.dateOf(event.recordedAt());
                if (recorded.isAfter(END) || recorded.isBefore(event.occurredAt())) {
                    invalid.add(event.eventId() + " recorded " + event.recordedAt() + ", occurred " + event.occurredAt());
                }
            }
            try {
                RecordingOutcome outcome = axon.commandGateway().sendAndWait(subject.recordCommand());
                stored += outcome.stored();
            } catch (RuntimeException refused) {
                refusals.add(subject.id() + ": " + refused.getMessage());
            }
        }
        axon.shutdown();

        assertThat(refusals).isEmpty();
        assertThat(invalid).isEmpty();
        assertThat(stored).isEqualTo(events).isGreaterThan(40_000);
    }

    private static Configuration inMemoryAxon() {
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(ChildCase.class)
                .configureAggregate(FosterCarer.class)
                .buildConfiguration();
        axon.start();
        return axon;
    }
}
