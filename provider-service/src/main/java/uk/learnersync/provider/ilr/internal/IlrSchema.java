package uk.learnersync.provider.ilr.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;

/**
 * The ILR schemas of the years LearnerSync reads: ESFA's 2025-26 and DfE's 2026/27. A file is read as
 * the year its namespace names, and validated against that year's schema as it streams by (StAX events
 * handed to the schema's validator, no document in memory; {@link ValidatingReader}), with every DTD
 * refused: an ILR file has none, and a DTD is how external entities (XXE) get in.
 */
@Component
public class IlrSchema {

    static final String FIELD = "file";
    private static final Map<IlrYear, String> LOCATIONS = Map.of(
            IlrYear.Y2526, "/ilr/2025-26/schemafile25.xsd",
            IlrYear.Y2627, "/ilr/2026-27/ILR-2026-27-schemafile-January.xsd");
    private static final int MAX_REPORTED = 20;

    private final Map<IlrYear, Schema> schemas = new EnumMap<>(IlrYear.class);

    public IlrSchema() {
        for (IlrYear year : IlrYear.values()) {
            schemas.put(year, load(LOCATIONS.get(year)));
        }
    }

    private static Schema load(String location) {
        URL xsd = IlrSchema.class.getResource(location);
        if (xsd == null) {
            throw new IllegalStateException("The ILR schema is missing from the classpath: " + location);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The ILR schema cannot be read: " + location, e);
        }
    }

    /**
     * The collection year of a file, by the namespace of its root element; another namespace is refused
     * (DfE's Namespace_Mismatch), as is a file that is not well-formed up to its root.
     */
    public IlrYear yearOf(InputStream file) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        RootNamespace root = new RootNamespace();
        try {
            XMLReader reader = secureReader();
            reader.setContentHandler(root);
            reader.setErrorHandler(new Collector(errors));
            reader.parse(new InputSource(file));
        } catch (RootNamespace.Found found) {
            return IlrYear.ofNamespace(found.namespace).orElseThrow(() -> InvalidInputException.of(FIELD,
                    "has the namespace \"" + found.namespace + "\", which is no ILR year LearnerSync reads: "
                            + namespaces() + " (DfE's rule Namespace_Mismatch)"));
        } catch (SAXParseException e) {
            // Fatal: not well-formed, or a DTD; the collector has recorded it.
        } catch (SAXException e) {
            errors.add(new FieldError(FIELD, e.getMessage()));
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError(FIELD, "has no root element: an ILR file is one Message"));
        }
        throw new InvalidInputException(errors);
    }

    /**
     * Refuses a file that is not well-formed or breaks the year's schema, with the parser's and the
     * schema's own messages (at most {@value #MAX_REPORTED}), each with its line and column.
     */
    public void validate(InputStream file, IlrYear year) throws IOException {
        try (ValidatingReader xml = validating(file, year)) {
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("The ILR file could not be read", e);
        }
    }

    /**
     * A reader of the file that validates it against the year's schema as it is read, for the import to
     * read and validate the file in one pass; findings as {@link #validate}'s.
     */
    ValidatingReader validating(InputStream file, IlrYear year) throws XMLStreamException {
        List<FieldError> errors = new ArrayList<>();
        ValidatorHandler validator = schemas.get(year).newValidatorHandler();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The ILR schema's validator cannot be made safe", e);
        }
        validator.setErrorHandler(new Collector(errors));
        return new ValidatingReader(IlrReader.stream(file), validator, errors);
    }

    /** A finding of the parser or the schema, where it was found. */
    static FieldError error(int line, int column, String message) {
        return new FieldError(FIELD, "line " + line + ", column " + column + ": " + message);
    }

    private static String namespaces() {
        return Arrays.stream(IlrYear.values()).map(year -> year.namespace() + " (" + year.label() + ")")
                .collect(Collectors.joining(" or "));
    }

    private static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
    }

    /** Stops the parse at the root element, which names the file's namespace. */
    private static final class RootNamespace extends DefaultHandler {

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            throw new Found(uri);
        }

        private static final class Found extends SAXException {

            private final String namespace;

            Found(String namespace) {
                super("root element found");
                this.namespace = namespace;
            }
        }
    }

    private record Collector(List<FieldError> errors) implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
            // Schema warnings do not make a file invalid.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            record(e);
            if (errors.size() >= MAX_REPORTED) {
                throw e;
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            record(e);
            throw e;
        }

        private void record(SAXParseException e) {
            errors.add(IlrSchema.error(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }
    }
}
