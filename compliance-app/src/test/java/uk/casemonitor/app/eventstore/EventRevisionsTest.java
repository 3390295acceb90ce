package uk.casemonitor.app.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;
import uk.casemonitor.core.recording.ChainHash;
import uk.casemonitor.core.recording.PracticeEvent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event carries a revision, and an event stored before revisions existed still reads, through
 * the upcasters, as today's record with its hash chain intact.
 */
class EventRevisionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Class<?>> TYPES = EventStream.allTypes();
    private static final EventVocabularySerializer SERIALIZER = EventVocabularySerializer.forEvents(TYPES);

    @Test
    void everyEventTypeOfBothStreamsCarriesARevision() {
        assertThat(TYPES).hasSizeGreaterThan(50);
        TYPES.forEach((name, type) -> assertThat(type.getAnnotation(Revision.class))
                .as(name + " has an @Revision: without it a later change to its fields cannot be upcast").isNotNull());
    }

    @Test
    void anEventIsStoredUnderItsNameInTheVocabularyAndItsRevision() {
        VisitMade visit = new VisitMade("C-1", "v-1", LocalDate.parse("2024-01-22"), Instant.parse("2024-01-23T09:00:00Z"),
                "sw", VisitType.CHILD_PROTECTION, true, true, null);
        SerializedObject<byte[]> stored = SERIALIZER.serialize(visit, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo("VisitMade");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat((Object) SERIALIZER.deserialize(stored)).isEqualTo(visit);
    }

    @Test
    void aVisitStoredByTheFirstReleaseReadsAsTodaysVisitWithItsChainHashIntact() throws IOException {
        JsonNode row = firstGoldenRow("uk.casemonitor.core.childcase.VisitMade");
        assertThat(row.get("payloadRevision").isNull()).as("stored before revisions existed").isTrue();

        IntermediateEventRepresentation upcast = upcast(row);

        assertThat(upcast.getType().getName()).isEqualTo("VisitMade");
        assertThat(upcast.getType().getRevision()).isEqualTo("1");
        Object event = SERIALIZER.deserialize(upcast.getData());
        assertThat(event).isInstanceOf(VisitMade.class);
        VisitMade visit = (VisitMade) event;
        JsonNode payload = JSON.readTree(row.get("payload").asString());
        assertThat(visit.eventId()).isEqualTo(payload.get("eventId").asString());
        assertThat(visit.visitType().name()).isEqualTo(payload.get("visitType").asString());
        JsonNode metaData = JSON.readTree(row.get("metaData").asString());
        assertThat(ChainHash.next(metaData.get(ChainHash.PREVIOUS).asString(), (PracticeEvent) event))
                .as("the hash recorded with the event in the first release").isEqualTo(metaData.get(ChainHash.HASH).asString());
    }

    /**
     * Unknown fields are ignored on reading, so a field renamed without an upcaster would read as
     * missing rather than fail: the hash chain, which covers every field, is what notices, and the
     * golden store test verifies every chain.
     */
    @Test
    void aStoredVisitWhoseFieldWasRenamedWithoutAnUpcasterNoLongerMatchesItsChainHash() throws IOException {
        JsonNode row = firstGoldenRow("uk.casemonitor.core.childcase.VisitMade");
        JsonNode original = JSON.readTree(row.get("payload").asString());
        tools.jackson.databind.node.ObjectNode renamed = (tools.jackson.databind.node.ObjectNode) original.deepCopy();
        renamed.set("kindOfVisit", renamed.remove("visitType"));
        tools.jackson.databind.node.ObjectNode changedRow = (tools.jackson.databind.node.ObjectNode) row.deepCopy();
        changedRow.put("payload", JSON.writeValueAsString(renamed));

        PracticeEvent event = (PracticeEvent) SERIALIZER.deserialize(upcast(changedRow).getData());

        JsonNode metaData = JSON.readTree(row.get("metaData").asString());
        assertThat(ChainHash.next(metaData.get(ChainHash.PREVIOUS).asString(), event))
                .isNotEqualTo(metaData.get(ChainHash.HASH).asString());
    }

    @Test
    void anEventAlreadyAtItsRevisionPassesThroughUnchanged() {
        VisitMade visit = new VisitMade("C-1", "v-1", LocalDate.parse("2024-01-22"), Instant.parse("2024-01-23T09:00:00Z"),
                "sw", VisitType.CHILD_PROTECTION, true, true, null);
        SerializedObject<byte[]> stored = SERIALIZER.serialize(visit, byte[].class);
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("ChildCase", "child-case:C-1", 0, "e-1",
                Instant.now(), stored.getType().getName(), stored.getType().getRevision(), stored.getData(),
                SERIALIZER.serialize(org.axonframework.messaging.MetaData.emptyInstance(), byte[].class).getData());

        IntermediateEventRepresentation upcast = EventUpcasters.chain(TYPES)
                .upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER))).findFirst().orElseThrow();

        assertThat(upcast.getType()).isEqualTo(stored.getType());
        assertThat((Object) SERIALIZER.deserialize(upcast.getData())).isEqualTo(visit);
    }

    private static IntermediateEventRepresentation upcast(JsonNode row) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                row.get("type").asString(), row.get("aggregateIdentifier").asString(), row.get("sequenceNumber").asLong(),
                row.get("eventIdentifier").asString(), row.get("timeStamp").asString(), row.get("payloadType").asString(),
                null, row.get("payload").asString().getBytes(StandardCharsets.UTF_8),
                row.get("metaData").asString().getBytes(StandardCharsets.UTF_8));
        return EventUpcasters.chain(TYPES).upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER)))
                             .findFirst().orElseThrow();
    }

    /** A row of the golden store, as the first release stored it (see {@code GoldenStoreWriter}). */
    private static JsonNode firstGoldenRow(String payloadType) throws IOException {
        try (InputStream in = EventRevisionsTest.class.getResourceAsStream("/golden-store/events.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(JSON::readTree)
                    .filter(row -> row.get("payloadType").asString().equals(payloadType))
                    .findFirst().orElseThrow();
        }
    }
}
