package uk.learnersync.provider.ilr.internal;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.COMMENT;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.PROCESSING_INSTRUCTION;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.List;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;

/**
 * A StAX reader that hands every event it reads on to the year's schema validator, so that a file is
 * parsed once: validated as {@link IlrReader} reads it. The schema's findings collect in {@link #valid()};
 * one that stops the parse (not well-formed, a DTD, too many errors) is thrown at once as the file's
 * refusal. {@code nextTag} and {@code getElementText} are rebuilt on {@link #next()}, as their javadoc
 * defines them, so that no event reaches the reader without passing the validator.
 */
final class ValidatingReader extends StreamReaderDelegate implements AutoCloseable {

    /** The SAX parser's own message for a DTD, which an ILR file never has. */
    static final String DOCTYPE_REFUSED = "DOCTYPE is disallowed when the feature "
            + "\"http://apache.org/xml/features/disallow-doctype-decl\" set to true.";

    private final ValidatorHandler validator;
    private final List<FieldError> errors;

    ValidatingReader(XMLStreamReader xml, ValidatorHandler validator, List<FieldError> errors) {
        super(xml);
        this.validator = validator;
        this.errors = errors;
        validator.setDocumentLocator(new At(xml));
        forward(() -> validator.startDocument());
    }

    /** False once the schema has found anything wrong; what was read since then means nothing. */
    boolean valid() {
        return errors.isEmpty();
    }

    /** Reads (and validates) the rest of the file; the refusal if anything in it broke the schema. */
    void finish() throws XMLStreamException {
        while (getParent().hasNext()) {
            next();
        }
        if (!valid()) {
            throw new InvalidInputException(errors);
        }
    }

    @Override
    public int next() throws XMLStreamException {
        int event;
        try {
            event = getParent().next();
        } catch (XMLStreamException e) {
            throw refusal(e.getLocation(), message(e));
        }
        switch (event) {
            case START_ELEMENT -> forward(this::startElement);
            case END_ELEMENT -> forward(this::endElement);
            case CHARACTERS, CDATA, SPACE -> forward(() -> validator.characters(getTextCharacters(), getTextStart(),
                    getTextLength()));
            case END_DOCUMENT -> forward(validator::endDocument);
            case DTD -> throw refusal(getLocation(), DOCTYPE_REFUSED);
            default -> {
                // Comments and processing instructions mean nothing to the schema.
            }
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while ((event == CHARACTERS || event == CDATA) && isWhiteSpace() || event == SPACE
                || event == PROCESSING_INSTRUCTION || event == COMMENT) {
            event = next();
        }
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag", getLocation());
        }
        return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (getEventType() != START_ELEMENT) {
            throw new XMLStreamException("not at the start of an element", getLocation());
        }
        StringBuilder text = new StringBuilder();
        for (int event = next(); event != END_ELEMENT; event = next()) {
            switch (event) {
                case CHARACTERS, CDATA, SPACE, ENTITY_REFERENCE -> text.append(getText());
                case PROCESSING_INSTRUCTION, COMMENT -> {
                    // Not text.
                }
                default -> throw new XMLStreamException("an element of text holds something else", getLocation());
            }
        }
        return text.toString();
    }

    private void startElement() throws SAXException {
        for (int i = 0; i < getNamespaceCount(); i++) {
            validator.startPrefixMapping(nonNull(getNamespacePrefix(i)), nonNull(getNamespaceURI(i)));
        }
        AttributesImpl attributes = new AttributesImpl();
        for (int i = 0; i < getAttributeCount(); i++) {
            attributes.addAttribute(nonNull(getAttributeNamespace(i)), getAttributeLocalName(i),
                    qualified(getAttributePrefix(i), getAttributeLocalName(i)), nonNull(getAttributeType(i)),
                    getAttributeValue(i));
        }
        validator.startElement(nonNull(getNamespaceURI()), getLocalName(), qualified(getPrefix(), getLocalName()),
                attributes);
    }

    private void endElement() throws SAXException {
        validator.endElement(nonNull(getNamespaceURI()), getLocalName(), qualified(getPrefix(), getLocalName()));
        for (int i = 0; i < getNamespaceCount(); i++) {
            validator.endPrefixMapping(nonNull(getNamespacePrefix(i)));
        }
    }

    private interface SaxStep {
        void run() throws SAXException;
    }

    /** The collector has recorded what the validator throws (its limit of errors reached): the parse stops. */
    private void forward(SaxStep step) {
        try {
            step.run();
        } catch (SAXException e) {
            throw new InvalidInputException(errors);
        }
    }

    private InvalidInputException refusal(Location location, String message) {
        errors.add(IlrSchema.error(location == null ? -1 : location.getLineNumber(),
                location == null ? -1 : location.getColumnNumber(), message));
        return new InvalidInputException(errors);
    }

    /** The parser's own message, without the "ParseError at [row,col]" that StAX puts before it. */
    private static String message(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at < 0 ? message : message.substring(at + "Message: ".length());
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Where the reader is: the validator's findings carry the line and column, as the SAX parser's did. */
    private record At(XMLStreamReader xml) implements Locator {

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }

        @Override
        public int getLineNumber() {
            return xml.getLocation().getLineNumber();
        }

        @Override
        public int getColumnNumber() {
            return xml.getLocation().getColumnNumber();
        }
    }
}
