package uk.casemonitor.tools.generator;

import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.ingestion.EventJson;
import uk.casemonitor.core.recording.PracticeEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Events as JSON lines: one event a line, exactly as the API shows it ({@code type}, the record's
 * fields with the child or carer id and {@code recordedAt}), subject after subject.
 */
public final class JsonLines {

    private final EventJson eventJson;
    private final JsonMapper mapper;

    public JsonLines(EventJson eventJson, JsonMapper mapper) {
        this.eventJson = eventJson;
        this.mapper = mapper;
    }

    /** Without Spring (the {@code generate} command): the API's event mapping over a default Jackson mapper. */
    public static JsonLines standalone() {
        JsonMapper mapper = JsonMapper.builder().build();
        return new JsonLines(new EventJson(mapper), mapper);
    }

    public String line(PracticeEvent event) {
        return mapper.writeValueAsString(eventJson.write(event));
    }

    /** The lines of every subject in turn, made as they are read. */
    public Iterator<String> lines(Iterable<GeneratedSubject<?>> subjects) {
        Iterator<GeneratedSubject<?>> remaining = subjects.iterator();
        return new Iterator<>() {
            private Iterator<? extends PracticeEvent> events = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!events.hasNext() && remaining.hasNext()) {
                    events = remaining.next().events().iterator();
                }
                return events.hasNext();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return line(events.next());
            }
        };
    }

    /** Writes every subject's events, one a line, and says how much was written and how fast. */
    public GenerationSummary write(Iterable<GeneratedSubject<?>> subjects, Writer out) {
        long started = System.nanoTime();
        long events = 0;
        long children = 0;
        long carers = 0;
        try {
            for (GeneratedSubject<?> subject : subjects) {
                if (subject.isChild()) {
                    children++;
                } else {
                    carers++;
                }
                for (PracticeEvent event : subject.events()) {
                    out.write(line(event));
                    out.write('\n');
                    events++;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GenerationSummary(events, children, carers, java.time.Duration.ofNanos(System.nanoTime() - started));
    }
}
