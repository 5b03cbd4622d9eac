package uk.learnersync.provider.ilr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.learnersync.provider.ilr.internal.IlrExporter;
import uk.learnersync.provider.ilr.internal.IlrImporter;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.tenancy.Providers;

/** Importing and exporting ILR files of either collection year, for the API and the web pages alike. */
@Service
public class IlrFileManagement {

    /** The largest file accepted; ESFA's own files of a large provider stay well below it. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /** DfE's collection years run on UK dates. */
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter FILE_NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final IlrImporter importer;
    private final IlrExporter exporter;
    private final Providers providers;

    IlrFileManagement(IlrImporter importer, IlrExporter exporter, Providers providers) {
        this.importer = importer;
        this.exporter = exporter;
        this.providers = providers;
    }

    /** An export ready to be written, once the response can take it, with what its year leaves out. */
    public static final class Export {

        private final ProviderId providerId;
        private final IlrYear year;
        private final String fileName;
        private final List<String> leftOut;
        private final IlrExporter exporter;

        private Export(ProviderId providerId, IlrYear year, String fileName, List<String> leftOut,
                       IlrExporter exporter) {
            this.providerId = providerId;
            this.year = year;
            this.fileName = fileName;
            this.leftOut = List.copyOf(leftOut);
            this.exporter = exporter;
        }

        public IlrYear year() {
            return year;
        }

        /** DfE's file name: {@code ILR-LLLLLLLL-YYYY-yyyymmdd-hhmmss-NN.xml}. */
        public String fileName() {
            return fileName;
        }

        /** Warnings: what the year cannot hold and is left out of the file, which stays valid. */
        public List<String> leftOut() {
            return leftOut;
        }

        public void writeTo(OutputStream out) throws IOException {
            exporter.export(providerId, year, out);
        }
    }

    /** The collection year today is in (a year starts on 1 August), by the real clock. */
    public IlrYear currentYear() {
        return IlrYear.current(LocalDate.now(UK));
    }

    /**
     * Imports an ILR file of either year (see the package description): a file of another namespace, one
     * that breaks its year's schema, or another provider's, is refused whole with
     * {@link uk.learnersync.validation.InvalidInputException}.
     *
     * @param uploader who sent the file; the changes are made with channel IMPORT as {@code ilr-import:<id>}
     */
    public ImportReport importFile(ProviderId providerId, Path file, ChangeOrigin uploader) throws IOException {
        return importer.importFile(providerId, file, uploader);
    }

    public ImportReport report(ProviderId providerId, ImportReportId id) {
        return importer.find(providerId, id).orElseThrow(() -> new NotFoundException("ILR import", id));
    }

    /** What a file of {@code year} would leave out of the provider's learners, as {@link Export#leftOut} says it. */
    public List<String> leftOut(ProviderId providerId, IlrYear year) {
        return exporter.plan(providerId, year).leftOut();
    }

    /**
     * The provider's learners as an ILR file of {@code year}; a conflict when that file would hold none,
     * as an ILR file holds at least one.
     */
    public Export export(ProviderId providerId, IlrYear year) {
        IlrExporter.Plan plan = exporter.plan(providerId, year);
        if (!plan.holdsALearner()) {
            throw new ConflictException("The provider has no learners to export as an ILR " + year.label()
                    + " file: an ILR file holds at least one" + (plan.leftOut().isEmpty() ? ""
                    : "; " + String.join("; ", plan.leftOut())));
        }
        String ukprn = providers.find(providerId).orElseThrow(() -> new NotFoundException("Provider", providerId))
                .ukprn().value();
        String fileName = "ILR-" + ukprn + "-" + year.code() + "-" + FILE_NAME_TIME.format(LocalDateTime.now(UK))
                + "-01.xml";
        return new Export(providerId, year, fileName, plan.leftOut(), exporter);
    }
}
