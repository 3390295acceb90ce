package uk.casemonitor.tools.generator;

import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.RecordingMode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records a generated authority straight from its typed events, through the same ingestion and
 * checks as any import, a few subjects per unit of work (as the JSON-lines import does).
 */
final class GeneratedAuthorityImport {

    private static final int SUBJECTS_PER_BULK = 10;

    private final EventIngestion ingestion;

    GeneratedAuthorityImport(EventIngestion ingestion) {
        this.ingestion = ingestion;
    }

    /**
     * @param refused  told of each subject the monitor refused (a generator fault: none is expected)
     * @param progress told how far it has got, about every {@link JsonLinesImporter#PROGRESS_EVERY} events
     */
    ImportSummary record(AuthorityGenerator authority, Consumer<String> refused, Consumer<ImportSummary> progress) {
        long began = System.nanoTime();
        long[] counts = new long[4]; // read, stored, already recorded, refused
        long[] nextProgress = {JsonLinesImporter.PROGRESS_EVERY};
        List<EventIngestion.EventBatch<?>> bulk = new ArrayList<>();
        Runnable flush = () -> {
            EventIngestion.BulkOutcome outcome = ingestion.recordEventsInBulk(bulk, RecordingMode.IMPORT);
            counts[1] += outcome.recorded().stored();
            counts[2] += outcome.recorded().alreadyRecorded();
            for (EventIngestion.EventBatch<?> batch : bulk) {
                RuntimeException why = outcome.refused().get(batch.subjectId());
                if (why != null) {
                    counts[3] += batch.events().size();
                    refused.accept(batch.subjectId() + ": " + why.getMessage());
                }
            }
            bulk.clear();
            if (counts[0] >= nextProgress[0]) {
                nextProgress[0] += JsonLinesImporter.PROGRESS_EVERY;
                progress.accept(summary(counts, began));
            }
        };
        for (GeneratedSubject<?> subject : (Iterable<GeneratedSubject<?>>) authority.subjects()::iterator) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            bulk.add(batchOf(subject));
            counts[0] += subject.events().size();
            if (bulk.size() == SUBJECTS_PER_BULK) {
                flush.run();
            }
        }
        if (!bulk.isEmpty()) {
            flush.run();
        }
        return summary(counts, began);
    }

    private static <E extends uk.casemonitor.core.recording.PracticeEvent> EventIngestion.EventBatch<E> batchOf(
            GeneratedSubject<E> subject) {
        return new EventIngestion.EventBatch<>(subject.stream(), subject.id(), subject.events());
    }

    private static ImportSummary summary(long[] counts, long began) {
        return new ImportSummary(counts[0], counts[1], counts[2], counts[3], Duration.ofNanos(System.nanoTime() - began));
    }
}
