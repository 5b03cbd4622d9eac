package uk.learnersync.provider.ilr.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import uk.learnersync.provider.ilr.IlrYear;

/**
 * Writes an ILR file of a collection year one learner at a time (StAX), in that year's schema order.
 * Fields the schema requires but LearnerSync does not keep get ESFA's codes for "not known". What the
 * year cannot hold is the caller's to leave out: asked to write it, the writer refuses rather than
 * write a broken file.
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
    private final IlrYear year;
    private final String namespace;
    private int depth;

    /** Starts the file with its header: the provider's UKPRN, prepared on {@code now}. */
    IlrWriter(OutputStream out, IlrYear year, String ukprn, LocalDateTime now) throws XMLStreamException {
        this.year = year;
        this.namespace = year.namespace();
        xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(namespace);
        start("Message");
        xml.writeDefaultNamespace(namespace);
        start("Header");
        start("CollectionDetails");
        element("Collection", "ILR");
        element("Year", year.code());
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
            element("AgreemId", only2627("AgreemId", employment.agreemId()));
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
        if (!year.holds2627Additions()) {
            element("PHours", hours2526(aim, HrsCode::isPlannedHours));
            element("OTJActHours", hours2526(aim, code -> code == HrsCode.ACTUAL_OFF_THE_JOB));
        }
        element("ProgType", aim.progType());
        element("StdCode", aim.stdCode());
        element("DelLocPostCode", aim.delLocPostCode() == null ? IlrLearner.UNKNOWN_POSTCODE : aim.delLocPostCode());
        if (!year.holds2627Additions()) {
            element("AddHours", hours2526(aim, code -> code == HrsCode.ADDITIONAL_DELIVERY));
        }
        element("EPAOrgID", aim.epaOrgId() != null && aim.epaOrgId().length() > 7
                ? only2627("EPAOrgID " + aim.epaOrgId(), aim.epaOrgId()) : aim.epaOrgId());
        element("CompStatus", aim.compStatus());
        element("LearnActEndDate", aim.learnActEndDate());
        element("WithdrawReason", aim.withdrawReason());
        element("Outcome", aim.outcome());
        element("AchDate", aim.achDate());
        element("OutGrade", aim.outGrade());
        if (aim.restart()) {
            start("LearningDeliveryFAM");
            element("LearnDelFAMType", IlrReader.RESTART);
            element("LearnDelFAMCode", 1);
            end();
        }
        if (year.holds2627Additions()) {
            for (IlrLearner.Hours hours : aim.hours()) {
                start("HRSRecord");
                element("HRSType", HrsCode.TYPE);
                element("HRSCode", hours.code());
                element("HRSAmount", hours.amount());
                end();
            }
        }
        for (IlrLearner.Finance finance : aim.finances()) {
            start("AppFinRecord");
            element("AFinType", finance.isPriorLearningReduction()
                    ? only2627("AppFinRecord RIP", finance.type()) : finance.type());
            element("AFinCode", finance.code());
            element("AFinDate", finance.date());
            element("AFinAmount", finance.amount());
            end();
        }
        end();
    }

    /** The hours 2025/26 holds in the field of {@code codes}; hours it cannot hold at all are refused. */
    private Integer hours2526(IlrLearner.Delivery aim, Predicate<HrsCode> codes) {
        Integer found = null;
        for (IlrLearner.Hours hours : aim.hours()) {
            HrsCode code = HrsCode.of(hours.code()).filter(known -> known != HrsCode.PRIOR_LEARNING_REDUCTION)
                    .orElseThrow(() -> new IllegalArgumentException("2025/26 cannot hold HRS " + hours.code()));
            if (codes.test(code)) {
                found = hours.amount();
            }
        }
        return found;
    }

    private <T> T only2627(String what, T value) {
        if (value != null && !year.holds2627Additions()) {
            throw new IllegalArgumentException(year.label() + " cannot hold " + what);
        }
        return value;
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
        xml.writeStartElement(namespace, name);
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
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(value instanceof LocalDate date ? date.toString() : value.toString());
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "\t".repeat(depth));
    }
}
