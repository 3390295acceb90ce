package uk.casemonitor.imports.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Streams an SSDA903 XML export, one {@code CHILD} at a time, into the same reader as the CSV
 * files, so that the XML and CSV of one return give the same events with the same ids. Element
 * names are the DfE's: {@code HEADER} (CHILDID, DOB), {@code EPISODE}, {@code AREVIEW},
 * {@code OC2}, {@code OC3} and {@code AMISSING}. Exports differ in whether the reviews, outcomes
 * and missing episodes sit in the {@code HEADER} or beside it, whether the care leaver's outcome
 * fields are an {@code OC3} element or part of the header, and whether the placement is
 * {@code PLACE} or {@code PL}: both are read.
 */
final class Ssda903XmlReader {

    static final String ROOT = "EXPSSDA903";
    static final String CHILD = "CHILD";

    private Ssda903XmlReader() {
    }

    static void read(Ssda903Xml xml, Ssda903Reader reader) {
        try (InputStream in = xml.content().open()) {
            XmlElement.stream(in, xml.field(), ROOT, CHILD, child -> readChild(xml.name(), child, reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + xml.name(), e);
        }
    }

    private static void readChild(String file, XmlElement child, Ssda903Reader reader) {
        Optional<XmlElement> header = child.child("HEADER");
        if (header.isEmpty()) {
            reader.header(file, new ChildRecord(child, child, null));
            return;
        }
        XmlElement head = header.get();
        reader.header(file, new ChildRecord(head, head, "CHILDID"));
        records(child, head, "EPISODE").forEach(episode -> reader.episode(file, new ChildRecord(episode, head, null)));
        records(child, head, "AREVIEW").forEach(review -> reader.review(file, new ChildRecord(review, head, null)));
        records(child, head, "OC2").forEach(outcomes -> reader.healthOutcomes(file, new ChildRecord(outcomes, head, null)));
        List<XmlElement> careLeaver = records(child, head, "OC3");
        if (careLeaver.isEmpty() && !head.value("IN_TOUCH").isEmpty()) {
            careLeaver = List.of(head);
        }
        careLeaver.forEach(outcomes -> reader.careLeaverOutcomes(file, new ChildRecord(outcomes, head, "DOB")));
        records(child, head, "AMISSING").forEach(absence -> reader.missing(file, new ChildRecord(absence, head, null)));
    }

    private static List<XmlElement> records(XmlElement child, XmlElement header, String name) {
        return Stream.concat(child.children(name).stream(), header.children(name).stream()).toList();
    }

    /**
     * One record of a child, read by the CSV's column names: CHILD is the header's CHILDID; the
     * header's DOB is repeated only where the CSV file repeats it as needed (OC3 dates a care
     * leaver by it).
     *
     * @param dateOfBirthFrom {@code "DOB"} to take DOB from the header, {@code "CHILDID"} for the header itself
     */
    private record ChildRecord(XmlElement element, XmlElement header, String dateOfBirthFrom) implements Fields {

        @Override
        public String value(String name) {
            return switch (name) {
                case "CHILD" -> header.value("CHILDID");
                case "DOB" -> dateOfBirthFrom != null ? header.value("DOB") : element.value("DOB");
                case "PLACE" -> element.value("PLACE").isEmpty() ? element.value("PL") : element.value("PLACE");
                default -> element.value(name);
            };
        }

        @Override
        public int lineOf(String name) {
            return switch (name) {
                case "CHILD" -> header.lineOf("CHILDID");
                case "DOB" -> dateOfBirthFrom != null ? header.lineOf("DOB") : element.lineOf("DOB");
                case "PLACE" -> element.child("PLACE").isPresent() ? element.lineOf("PLACE") : element.lineOf("PL");
                default -> element.lineOf(name);
            };
        }
    }
}
