package uk.learnersync.provider.ilr.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an ILR 2025-26 file one learner at a time (StAX), in the schema's element order. Fields
 * the schema requires but LearnerSync does not keep get ESFA's codes for "not known".
 */
final class IlrWriter implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    /** LLDDHealthProb 9: no information provided by the learner. */
    private static final int LLDD_NOT_PROVIDED = 9;
    /** EmpStat 10: in paid employment. */
    static final int IN_PAID_EMPLOYMENT = 10;
    private static final String SOFTWARE = "LearnerSync";
    /** xs:dateTime with seconds always written (LocalDateTime.toString drops zero seconds). */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final XMLStreamWriter xml;
    private int depth;

    /** Starts the file with its header: the provider's UKPRN, prepared on {@code now}. */
    IlrWriter(OutputStream out, String ukprn, LocalDateTime now) throws XMLStreamException {
        xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(IlrSchema.NAMESPACE);
        start("Message");
        xml.writeDefaultNamespace(IlrSchema.NAMESPACE);
        start("Header");
        start("CollectionDetails");
        element("Collection", "ILR");
        element("Year", "2526");
        element("FilePreparationDate", now.toLocalDate());
        end();
        start("Source");
        element("ProtectiveMarking", "OFFICIAL-SENSITIVE-Personal");
        element("UKPRN", ukprn);
        element("SoftwareSupplier", SOFTWARE);
        element("SoftwarePackage", SOFTWARE);
        element("Release", "1");
        element("SerialNo", "01");
        element("DateTime", DATE_TIME.format(now));
        end();
        end();
        start("LearningProvider");
        element("UKPRN", ukprn);
        end();
    }

    void write(IlrLearner learner) throws XMLStreamException {
        start("Learner");
        element("LearnRefNumber", learner.learnRefNumber());
        element("ULN", learner.uln());
        element("FamilyName", learner.familyName());
        element("GivenNames", learner.givenNames());
        element("DateOfBirth", learner.dateOfBirth());
        element("Ethnicity", learner.ethnicity());
        element("Sex", learner.sex());
        element("LLDDHealthProb", LLDD_NOT_PROVIDED);
        String postcode = learner.postcode() == null ? IlrLearner.UNKNOWN_POSTCODE : learner.postcode();
        element("PostcodePrior", postcode);
        element("Postcode", postcode);
        for (int i = 0; i < learner.addressLines().size(); i++) {
            element("AddLine" + (i + 1), learner.addressLines().get(i));
        }
        element("Email", learner.email());
        for (IlrLearner.Employment employment : learner.employments()) {
            start("LearnerEmploymentStatus");
            element("EmpStat", employment.empStat());
            element("DateEmpStatApp", employment.dateEmpStatApp());
            element("EmpId", employment.empId());
            end();
        }
        for (IlrLearner.Delivery aim : learner.deliveries()) {
            writeDelivery(aim);
        }
        end();
    }

    private void writeDelivery(IlrLearner.Delivery aim) throws XMLStreamException {
        start("LearningDelivery");
        element("LearnAimRef", aim.learnAimRef());
        element("AimType", aim.aimType());
        element("AimSeqNumber", aim.aimSeqNumber());
        element("LearnStartDate", aim.learnStartDate());
        element("LearnPlanEndDate", aim.learnPlanEndDate());
        element("FundModel", aim.fundModel());
        element("ProgType", aim.progType());
        element("StdCode", aim.stdCode());
        element("DelLocPostCode", aim.delLocPostCode() == null ? IlrLearner.UNKNOWN_POSTCODE : aim.delLocPostCode());
        element("EPAOrgID", aim.epaOrgId());
        element("CompStatus", aim.compStatus());
        element("LearnActEndDate", aim.learnActEndDate());
        element("WithdrawReason", aim.withdrawReason());
        end();
    }

    /** Ends the file; the stream stays open, for its owner to close. */
    @Override
    public void close() throws XMLStreamException {
        end();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(IlrSchema.NAMESPACE, name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    /** An element with a value; nothing for a value that is not known (the schema makes it optional). */
    private void element(String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        indent();
        xml.writeStartElement(IlrSchema.NAMESPACE, name);
        xml.writeCharacters(value instanceof LocalDate date ? date.toString() : value.toString());
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "\t".repeat(depth));
    }
}
