package uk.learnersync.provider.ilr.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.springframework.stereotype.Component;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;

/**
 * ESFA's ILR 2025-26 schema. A file is validated as it streams by (SAX, no document in memory), and
 * with every DTD refused: an ILR file has none, and a DTD is how external entities (XXE) get in.
 */
@Component
public class IlrSchema {

    static final String NAMESPACE = "ESFA/ILR/2025-26";
    static final String FIELD = "file";
    private static final String LOCATION = "/ilr/schemafile25.xsd";
    private static final int MAX_REPORTED = 20;

    private final Schema schema;

    public IlrSchema() {
        URL xsd = IlrSchema.class.getResource(LOCATION);
        if (xsd == null) {
            throw new IllegalStateException("The ILR schema is missing from the classpath: " + LOCATION);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            schema = factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The ILR schema cannot be read", e);
        }
    }

    /**
     * Refuses a file that is not well-formed or breaks the schema, with the parser's and the schema's
     * own messages (at most {@value #MAX_REPORTED}), each with its line and column.
     */
    public void validate(InputStream file) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(errors));
            validator.validate(new SAXSource(secureReader(), new InputSource(file)));
        } catch (SAXParseException e) {
            // Fatal: not well-formed, or a DTD; the collector has recorded it.
        } catch (SAXException e) {
            errors.add(new FieldError(FIELD, e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
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
            errors.add(new FieldError(FIELD, "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + e.getMessage()));
        }
    }
}
