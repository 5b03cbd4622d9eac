package uk.learnersync.provider.ilr.internal;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an ILR file of any year LearnerSync knows one learner at a time (StAX), so that memory stays
 * bounded whatever the file's size; meant for a file that has passed {@link IlrSchema}. What LearnerSync
 * does not keep is skipped; 2025/26 hours are read as the HRS records DfE migrates them to.
 */
final class IlrReader implements AutoCloseable {

    private static final XMLInputFactory FACTORY = factory();
    /** LearningDeliveryFAM type RES: the aim is a restart. */
    static final String RESTART = "RES";

    private final XMLStreamReader xml;
    private String sourceUkprn;
    private String learningProviderUkprn;
    private LocalDate filePreparationDate;
    private boolean atLearner;

    IlrReader(InputStream file) throws XMLStreamException {
        this(stream(file));
    }

    /** Reads what {@code xml} reads, e.g. a {@link ValidatingReader} that validates the file on the way. */
    IlrReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** A StAX reader of the file, with DTDs and external entities off. */
    static XMLStreamReader stream(InputStream file) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(file);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The header, which comes before the first learner. */
    IlrHeader header() throws XMLStreamException {
        if (!atLearner) {
            advanceToLearner();
        }
        return new IlrHeader(sourceUkprn, learningProviderUkprn, filePreparationDate);
    }

    /** The next learner; empty at the end of the file. */
    Optional<IlrLearner> next() throws XMLStreamException {
        if (!atLearner && !advanceToLearner()) {
            return Optional.empty();
        }
        atLearner = false;
        return Optional.of(readLearner());
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }

    /** Reads the header and the provider on the way; false at the end of the file. */
    private boolean advanceToLearner() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() != START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "Message" -> {
                    // The root: its children follow.
                }
                case "Header" -> readHeader();
                case "LearningProvider" -> readLearningProvider();
                case "Learner" -> {
                    atLearner = true;
                    return true;
                }
                default -> skip();
            }
        }
        return false;
    }

    private void readHeader() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            if (xml.nextTag() == END_ELEMENT) {
                depth--;
                continue;
            }
            switch (xml.getLocalName()) {
                case "CollectionDetails", "Source" -> depth++;
                case "FilePreparationDate" -> filePreparationDate = date(text());
                case "UKPRN" -> sourceUkprn = integer(text());
                default -> skip();
            }
        }
    }

    private void readLearningProvider() throws XMLStreamException {
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.getLocalName().equals("UKPRN")) {
                learningProviderUkprn = integer(text());
            } else {
                skip();
            }
        }
    }

    private IlrLearner readLearner() throws XMLStreamException {
        String learnRefNumber = null;
        String uln = null;
        String familyName = null;
        String givenNames = null;
        LocalDate dateOfBirth = null;
        int ethnicity = 0;
        String sex = null;
        String postcode = null;
        String email = null;
        List<String> addressLines = new ArrayList<>();
        List<IlrLearner.Employment> employments = new ArrayList<>();
        List<IlrLearner.Delivery> deliveries = new ArrayList<>();
        while (xml.nextTag() == START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "LearnRefNumber" -> learnRefNumber = text();
                case "ULN" -> uln = integer(text());
                case "FamilyName" -> familyName = text();
                case "GivenNames" -> givenNames = text();
                case "DateOfBirth" -> dateOfBirth = date(text());
                case "Ethnicity" -> ethnicity = Integer.parseInt(text());
                case "Sex" -> sex = text();
                case "Postcode" -> postcode = text();
                case "AddLine1", "AddLine2", "AddLine3", "AddLine4" -> addressLines.add(text());
                case "Email" -> email = text();
                case "LearnerEmploymentStatus" -> employments.add(readEmployment());
                case "LearningDelivery" -> deliveries.add(readDelivery());
                default -> skip();
            }
        }
        return new IlrLearner(learnRefNumber, uln, familyName, givenNames, dateOfBirth, ethnicity, sex, postcode,
                addressLines, email, employments, deliveries);
    }

    private IlrLearner.Employment readEmployment() throws XMLStreamException {
        int empStat = 0;
        LocalDate dateEmpStatApp = null;
        String empId = null;
        String agreemId = null;
        while (xml.nextTag() == START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "EmpStat" -> empStat = Integer.parseInt(text());
                case "DateEmpStatApp" -> dateEmpStatApp = date(text());
                case "EmpId" -> empId = integer(text());
                case "AgreemId" -> agreemId = text();
                default -> skip();
            }
        }
        return new IlrLearner.Employment(empStat, dateEmpStatApp, empId, agreemId);
    }

    private IlrLearner.Delivery readDelivery() throws XMLStreamException {
        String learnAimRef = null;
        int aimType = 0;
        int aimSeqNumber = 0;
        LocalDate start = null;
        LocalDate plannedEnd = null;
        int fundModel = 0;
        Integer progType = null;
        Integer stdCode = null;
        String delLocPostCode = null;
        String epaOrgId = null;
        int compStatus = 0;
        LocalDate actualEnd = null;
        Integer withdrawReason = null;
        Integer plannedHours = null;
        boolean restart = false;
        List<IlrLearner.Hours> hours = new ArrayList<>();
        List<IlrLearner.Finance> finances = new ArrayList<>();
        while (xml.nextTag() == START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "PHours" -> plannedHours = Integer.parseInt(text());
                case "OTJActHours" -> hours.add(new IlrLearner.Hours(HrsCode.ACTUAL_OFF_THE_JOB.code(),
                        Integer.parseInt(text())));
                case "AddHours" -> hours.add(new IlrLearner.Hours(HrsCode.ADDITIONAL_DELIVERY.code(),
                        Integer.parseInt(text())));
                case "HRSRecord" -> hours.add(readHours());
                case "AppFinRecord" -> finances.add(readFinance());
                case "LearningDeliveryFAM" -> restart |= readIsRestart();
                case "LearnAimRef" -> learnAimRef = text();
                case "AimType" -> aimType = Integer.parseInt(text());
                case "AimSeqNumber" -> aimSeqNumber = Integer.parseInt(text());
                case "LearnStartDate" -> start = date(text());
                case "LearnPlanEndDate" -> plannedEnd = date(text());
                case "FundModel" -> fundModel = Integer.parseInt(text());
                case "ProgType" -> progType = Integer.parseInt(text());
                case "StdCode" -> stdCode = Integer.parseInt(text());
                case "DelLocPostCode" -> delLocPostCode = text();
                case "EPAOrgID" -> epaOrgId = text();
                case "CompStatus" -> compStatus = Integer.parseInt(text());
                case "LearnActEndDate" -> actualEnd = date(text());
                case "WithdrawReason" -> withdrawReason = Integer.parseInt(text());
                default -> skip();
            }
        }
        if (plannedHours != null) {
            int amount = plannedHours;
            HrsCode.ofPlannedHours(fundModel, progType)
                    .ifPresent(code -> hours.add(0, new IlrLearner.Hours(code.code(), amount)));
        }
        return new IlrLearner.Delivery(learnAimRef, aimType, aimSeqNumber, start, plannedEnd, fundModel, progType,
                stdCode, delLocPostCode, epaOrgId, compStatus, actualEnd, withdrawReason, restart, hours, finances);
    }

    /** An HRSRecord; its HRSType is always HRS. */
    private IlrLearner.Hours readHours() throws XMLStreamException {
        int code = 0;
        int amount = 0;
        while (xml.nextTag() == START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "HRSCode" -> code = Integer.parseInt(text());
                case "HRSAmount" -> amount = Integer.parseInt(text());
                default -> skip();
            }
        }
        return new IlrLearner.Hours(code, amount);
    }

    private IlrLearner.Finance readFinance() throws XMLStreamException {
        String type = null;
        int code = 0;
        LocalDate date = null;
        int amount = 0;
        while (xml.nextTag() == START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "AFinType" -> type = text();
                case "AFinCode" -> code = Integer.parseInt(text());
                case "AFinDate" -> date = date(text());
                case "AFinAmount" -> amount = Integer.parseInt(text());
                default -> skip();
            }
        }
        return new IlrLearner.Finance(type, code, date, amount);
    }

    private boolean readIsRestart() throws XMLStreamException {
        boolean restart = false;
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.getLocalName().equals("LearnDelFAMType")) {
                restart = text().equals(RESTART);
            } else {
                skip();
            }
        }
        return restart;
    }

    private String text() throws XMLStreamException {
        return xml.getElementText().strip();
    }

    /** Leaves the cursor on the end of the current element, past everything inside it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            }
        }
    }

    /** xs:date may carry a time zone, which a calendar date drops. */
    private static LocalDate date(String text) {
        return LocalDate.parse(text, DateTimeFormatter.ISO_DATE);
    }

    /** An xs:int or xs:long in its canonical form (no sign, no leading zeros). */
    private static String integer(String text) {
        return Long.toString(Long.parseLong(text));
    }
}
