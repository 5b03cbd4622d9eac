package uk.learnersync.provider.ilr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a large, valid ILR file of apprentices, of 2025/26 or 2026/27, for load tests and benchmarks:
 * every learner passes its year's schema and the rules LearnerSync applies, with a ULN and EmpId whose
 * check digits are right, a standard of the shipped catalogue, an EPAO of the register and planned
 * off-the-job hours (PHours in 2025/26, HRS 1 and an AgreemId in 2026/27). It depends on nothing of the
 * product, and writes as it goes, so that 50,000 learners take no more memory than one.
 */
public final class IlrFileGenerator {

    /** The collection years, as the ILR's Year names them. */
    public static final String Y2526 = "2526";
    public static final String Y2627 = "2627";

    /** Standards of the shipped catalogue with an EPAO that the register lists for them. */
    private static final int[] STANDARD_CODES = {1, 28};
    private static final String[] EPAOS = {"EPA0001", "EPA0002", "EPA0003"};
    private static final String[] POSTCODES = {"LS1 4AP", "M1 1AE", "B1 1BB", "SW1A 1AA"};
    private static final int EMPLOYERS = 200;

    private final String ukprn;
    private final SplittableRandom random;
    private final String year;
    private final String namespace;

    /** A generator of 2025/26 files for the provider's UKPRN; the same seed gives the same file. */
    public IlrFileGenerator(String ukprn, long seed) {
        this(ukprn, seed, Y2526);
    }

    /** A generator of files of {@code year} (2526 or 2627) for the provider's UKPRN. */
    public IlrFileGenerator(String ukprn, long seed, String year) {
        this.ukprn = ukprn;
        this.random = new SplittableRandom(seed);
        this.year = year;
        this.namespace = year.equals(Y2627) ? "ILR/2026-27" : "ESFA/ILR/2025-26";
    }

    /** Writes {@code learners} apprentices, with LearnRefNumbers {@code G0000001} and on, to a new file. */
    public Path write(Path file, int learners) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, learners);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(OutputStream out, int learners) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(namespace);
            xml.writeStartElement(namespace, "Message");
            xml.writeDefaultNamespace(namespace);
            header(xml);
            for (int i = 1; i <= learners; i++) {
                learner(xml, i);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(namespace, "Header");
        xml.writeStartElement(namespace, "CollectionDetails");
        element(xml, "Collection", "ILR");
        element(xml, "Year", year);
        element(xml, "FilePreparationDate", "2026-01-05");
        xml.writeEndElement();
        xml.writeStartElement(namespace, "Source");
        element(xml, "ProtectiveMarking", "OFFICIAL-SENSITIVE-Personal");
        element(xml, "UKPRN", ukprn);
        element(xml, "SerialNo", "01");
        element(xml, "DateTime", "2026-01-05T09:00:00");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(namespace, "LearningProvider");
        element(xml, "UKPRN", ukprn);
        xml.writeEndElement();
    }

    private void learner(XMLStreamWriter xml, int number) throws XMLStreamException {
        LocalDate start = LocalDate.of(2025, 8, 1).plusDays(random.nextInt(300));
        String postcode = POSTCODES[random.nextInt(POSTCODES.length)];
        xml.writeStartElement(namespace, "Learner");
        element(xml, "LearnRefNumber", String.format("G%07d", number));
        element(xml, "ULN", uln());
        element(xml, "FamilyName", "Apprentice " + letters(number));
        element(xml, "GivenNames", "Given");
        element(xml, "DateOfBirth", LocalDate.of(1990, 1, 1).plusDays(random.nextInt(5000)).toString());
        element(xml, "Ethnicity", Integer.toString(31 + random.nextInt(17)));
        element(xml, "Sex", random.nextBoolean() ? "F" : "M");
        element(xml, "LLDDHealthProb", "2");
        element(xml, "PostcodePrior", postcode);
        element(xml, "Postcode", postcode);
        element(xml, "Email", "learner" + number + "@example.test");
        xml.writeStartElement(namespace, "LearnerEmploymentStatus");
        element(xml, "EmpStat", "10");
        element(xml, "DateEmpStatApp", start.minusDays(1).toString());
        element(xml, "EmpId", empId(10_000_000 + number % EMPLOYERS));
        if (year.equals(Y2627)) {
            element(xml, "AgreemId", "A" + (100_000 + number % EMPLOYERS));
        }
        xml.writeEndElement();
        xml.writeStartElement(namespace, "LearningDelivery");
        element(xml, "LearnAimRef", "ZPROG001");
        element(xml, "AimType", "1");
        element(xml, "AimSeqNumber", "1");
        element(xml, "LearnStartDate", start.toString());
        element(xml, "LearnPlanEndDate", start.plusMonths(18).toString());
        element(xml, "FundModel", "36");
        String plannedHours = Integer.toString(187 + random.nextInt(400));
        if (year.equals(Y2526)) {
            element(xml, "PHours", plannedHours);
        }
        element(xml, "ProgType", "25");
        element(xml, "StdCode", Integer.toString(STANDARD_CODES[random.nextInt(STANDARD_CODES.length)]));
        element(xml, "DelLocPostCode", postcode);
        element(xml, "EPAOrgID", EPAOS[random.nextInt(EPAOS.length)]);
        element(xml, "CompStatus", "1");
        if (year.equals(Y2627)) {
            xml.writeStartElement(namespace, "HRSRecord");
            element(xml, "HRSType", "HRS");
            element(xml, "HRSCode", "1");
            element(xml, "HRSAmount", plannedHours);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** A ULN with a right check digit (ESFA's ULN_04): weights 10..2, the last digit is 10 - sum mod 11. */
    private String uln() {
        while (true) {
            long body = 100_000_000L + random.nextLong(900_000_000L);
            String digits = Long.toString(body);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int remainder = sum % 11;
            if (remainder != 0) {
                return digits + (10 - remainder);
            }
        }
    }

    /** An EmpId (EmpId_02): eight digits and 11 minus their sum weighted 9..2, mod 11, where that is a digit. */
    private static String empId(int eightDigits) {
        for (int candidate = eightDigits; ; candidate++) {
            String digits = Integer.toString(candidate);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * (9 - i);
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                return digits + (check == 11 ? 0 : check);
            }
        }
    }

    /** The number in letters (1 is B, 26 is BA): names hold no digits. */
    private static String letters(int number) {
        StringBuilder name = new StringBuilder();
        for (int rest = number; rest > 0; rest /= 26) {
            name.insert(0, (char) ('A' + rest % 26));
        }
        return name.toString();
    }

    private void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Writes a file for a benchmark: {@code IlrFileGenerator <ukprn> <learners> <file>}. */
    public static void main(String[] args) {
        new IlrFileGenerator(args[0], 42).write(Path.of(args[2]), Integer.parseInt(args[1]));
        System.out.println("Wrote " + args[1] + " learners to " + args[2]);
    }
}
