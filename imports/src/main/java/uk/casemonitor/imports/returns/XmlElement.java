package uk.casemonitor.imports.returns;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An XML element with the line it starts on, so that a bad value in a return can be pointed at.
 * Elements are matched by local name: the DfE's XML returns use no namespace, and a namespaced
 * export reads the same.
 */
record XmlElement(String name, int line, String text, List<XmlElement> children) implements Fields {

    /**
     * Reads a whole document. DTDs and external entities are refused: a return has no use for
     * them, and they are how XML parsers are made to read files they should not.
     *
     * @param field how the upload names the document, for the error when it is not well-formed XML
     */
    static XmlElement parse(InputStream xml, String field) {
        try {
            XMLStreamReader reader = safeFactory().createXMLStreamReader(xml);
            Deque<Builder> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT ->
                            open.push(new Builder(reader.getLocalName(), reader.getLocation().getLineNumber()));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement element = open.pop().build();
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                    }
                    default -> {
                        // comments, processing instructions and whitespace outside elements carry nothing
                    }
                }
            }
            if (root == null) {
                throw new MalformedReturnException(field, "holds no XML element");
            }
            return root;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
            throw new MalformedReturnException(field, "is not well-formed XML" + where + ": " + firstLine(e.getMessage()));
        }
    }

    /**
     * Streams a document made of many records under one root ({@code <EXPSSDA903><CHILD>...}): each
     * record is built and handed on, then dropped, so only one record is ever held, however large
     * the file. The same safeguards as {@link #parse} apply.
     *
     * @param field how the upload names the document, for the error when it is not well-formed XML
     *              or its root is not {@code rootName}
     */
    static void stream(InputStream xml, String field, String rootName, String recordName, Consumer<XmlElement> each) {
        try {
            XMLStreamReader reader = safeFactory().createXMLStreamReader(xml);
            Deque<Builder> open = new ArrayDeque<>();
            int depth = 0;
            boolean rootSeen = false;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth == 1) {
                            rootSeen = true;
                            if (!reader.getLocalName().equals(rootName)) {
                                throw new MalformedReturnException(field, "is not the expected return: its root element is <"
                                        + reader.getLocalName() + ">, expected <" + rootName + ">");
                            }
                        } else if (!open.isEmpty() || (depth == 2 && reader.getLocalName().equals(recordName))) {
                            open.push(new Builder(reader.getLocalName(), reader.getLocation().getLineNumber()));
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (!open.isEmpty()) {
                            XmlElement element = open.pop().build();
                            if (open.isEmpty()) {
                                each.accept(element);
                            } else {
                                open.peek().children.add(element);
                            }
                        }
                    }
                    default -> {
                        // comments, processing instructions and whitespace outside elements carry nothing
                    }
                }
            }
            if (!rootSeen) {
                throw new MalformedReturnException(field, "holds no XML element");
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
            throw new MalformedReturnException(field, "is not well-formed XML" + where + ": " + firstLine(e.getMessage()));
        }
    }

    /** DTDs and external entities refused: a return has no use for them, and they are how parsers are made to read other files. */
    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    @Override
    public String value(String childName) {
        return child(childName).map(XmlElement::text).orElse("");
    }

    @Override
    public int lineOf(String childName) {
        return child(childName).map(XmlElement::line).orElse(line);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String[] lines = message.strip().split("\\R");
        return lines[lines.length - 1];
    }

    private static final class Builder {

        private final String name;
        private final int line;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        XmlElement build() {
            return new XmlElement(name, line, children.isEmpty() ? text.toString().trim() : "", List.copyOf(children));
        }
    }
}
