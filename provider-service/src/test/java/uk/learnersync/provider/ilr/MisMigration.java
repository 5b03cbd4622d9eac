package uk.learnersync.provider.ilr;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Moves an ILR 2025/26 file to 2026/27 the way an MIS does it, following DfE's changes (shared with
 * the product only through the files): the namespace loses its {@code ESFA/} prefix, Year 2627,
 * {@code PHours} becomes an {@code HRSRecord} of the aim's planned-hours code (1 for an apprenticeship),
 * {@code OTJActHours} code 3 and {@code AddHours} code 6, placed after the learning delivery's FAMs;
 * {@code FUNDCOMP} goes.
 */
final class MisMigration {

    private static final String NAMESPACE_2526 = "ESFA/ILR/2025-26";
    private static final String NAMESPACE_2627 = "ILR/2026-27";
    /** What follows HRSRecord in a 2026/27 LearningDelivery. */
    private static final Set<String> AFTER_HOURS = Set.of("LearningDeliveryWorkPlacement", "AppFinRecord",
            "ProviderSpecDeliveryMonitoring", "LearningDeliveryHE");

    private MisMigration() {
    }

    static String to2627(String xml2526) throws Exception {
        String renamed = xml2526.replace("xmlns=\"" + NAMESPACE_2526 + "\"", "xmlns=\"" + NAMESPACE_2627 + "\"")
                .replace("<Year>2526</Year>", "<Year>2627</Year>");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(renamed)));
        for (Element delivery : elements(document, "LearningDelivery")) {
            migrateHours(document, delivery);
        }
        elements(document, "FUNDCOMP").forEach(fundComp -> fundComp.getParentNode().removeChild(fundComp));
        StringWriter out = new StringWriter();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    private static void migrateHours(Document document, Element delivery) {
        int fundModel = Integer.parseInt(child(delivery, "FundModel").getTextContent().strip());
        Element progType = child(delivery, "ProgType");
        List<Element> records = new ArrayList<>();
        Element planned = child(delivery, "PHours");
        if (planned != null) {
            int code = fundModel == 36 ? 1 : progType != null && progType.getTextContent().strip().equals("31") ? 2 : 5;
            records.add(record(document, code, planned));
        }
        Element actual = child(delivery, "OTJActHours");
        if (actual != null) {
            records.add(record(document, 3, actual));
        }
        Element additional = child(delivery, "AddHours");
        if (additional != null) {
            records.add(record(document, 6, additional));
        }
        Node before = null;
        for (Node node = delivery.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && AFTER_HOURS.contains(element.getLocalName())) {
                before = node;
                break;
            }
        }
        for (Element record : records) {
            delivery.insertBefore(record, before);
        }
    }

    /** An HRSRecord of {@code code} with the hours of {@code old}, which it replaces. */
    private static Element record(Document document, int code, Element old) {
        Element record = document.createElementNS(NAMESPACE_2627, "HRSRecord");
        record.appendChild(text(document, "HRSType", "HRS"));
        record.appendChild(text(document, "HRSCode", Integer.toString(code)));
        record.appendChild(text(document, "HRSAmount", old.getTextContent().strip()));
        old.getParentNode().removeChild(old);
        return record;
    }

    private static Element text(Document document, String name, String value) {
        Element element = document.createElementNS(NAMESPACE_2627, name);
        element.setTextContent(value);
        return element;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> elements(Document document, String name) {
        List<Element> found = new ArrayList<>();
        var nodes = document.getElementsByTagNameNS(NAMESPACE_2627, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
