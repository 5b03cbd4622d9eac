package uk.learnersync.provider.ilr.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.provider.ilr.ImportError;
import uk.learnersync.provider.ilr.ImportReport;
import uk.learnersync.provider.ilr.ImportReportId;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.tenancy.Providers;

/**
 * Imports an ILR file of either collection year in one streaming pass: its namespace names its year, and
 * the file is validated against that year's schema as it is read, learner by learner, each checked
 * against the rules of its year and, if it passes, created or updated in a savepoint of its own. The
 * whole file is one transaction, so that a file found to break the schema (even at its end) is
 * refused whole and changes nothing.
 */
@Component
public class IlrImporter {

    private final IlrSchema schema;
    private final ApprenticeImport apprentices;
    private final ImportReportStore reports;
    private final Providers providers;
    private final TransactionTemplate whole;

    IlrImporter(IlrSchema schema, ApprenticeImport apprentices, ImportReportStore reports, Providers providers,
                PlatformTransactionManager transactionManager) {
        this.schema = schema;
        this.apprentices = apprentices;
        this.reports = reports;
        this.providers = providers;
        this.whole = new TransactionTemplate(transactionManager);
    }

    /** Imports the file; {@code uploader} is who sent it, the changes are made as {@code ilr-import:<id>}. */
    public ImportReport importFile(ProviderId providerId, Path file, ChangeOrigin uploader) throws IOException {
        IlrYear year;
        try (InputStream in = open(file)) {
            year = schema.yearOf(in);
        }
        try (InputStream in = open(file); ValidatingReader xml = schema.validating(in, year)) {
            return whole.execute(status -> {
                ImportReport report = run(providerId, xml, year);
                reports.insert(providerId, uploader.actor(), report);
                return report;
            });
        } catch (XMLStreamException e) {
            throw new IOException("The ILR file could not be read", e);
        }
    }

    public Optional<ImportReport> find(ProviderId providerId, ImportReportId id) {
        return reports.find(providerId, id);
    }

    private ImportReport run(ProviderId providerId, ValidatingReader xml, IlrYear year) {
        IlrReader reader = new IlrReader(xml);
        IlrHeader header = read(xml, reader::header);
        List<FieldError> wrongProvider = providerErrors(providerId, header);
        if (!wrongProvider.isEmpty()) {
            // As when the schema was checked first: a file that breaks it is refused for that.
            finish(xml);
            throw new InvalidInputException(wrongProvider);
        }
        ImportReportId id = new ImportReportId(UUID.randomUUID());
        ChangeOrigin origin = new ChangeOrigin("ilr-import:" + id, Channel.IMPORT);
        ApprenticeImport.References references = apprentices.references(providerId);
        Tally tally = new Tally();
        for (Optional<IlrLearner> next = read(xml, reader::next); next.isPresent(); next = read(xml, reader::next)) {
            importLearner(next.get(), year, references, origin, tally);
        }
        finish(xml);
        return tally.report(id, year);
    }

    private void importLearner(IlrLearner learner, IlrYear year, ApprenticeImport.References references,
                               ChangeOrigin origin, Tally tally) {
        List<ImportError> findings = LearnerRules.check(learner, year);
        // Apprenticeship units are a 2026/27 programme type: another year's ProgType 34 means nothing.
        Optional<IlrLearner.Delivery> aim = learner.apprenticeshipProgrammeAim()
                .filter(programmeAim -> !programmeAim.isUnit() || year.holds2627Additions());
        tally.errors.addAll(findings);
        if (findings.stream().anyMatch(ImportError::rejectsLearner)) {
            tally.count(ApprenticeImport.Outcome.REJECTED);
        } else if (aim.isEmpty()) {
            tally.skipped++;
        } else {
            ApprenticeImport.Result result = apprentices.upsert(references, learner, aim.get(), year, origin);
            tally.count(result.outcome());
            tally.errors.addAll(result.findings());
        }
    }

    private interface Read<T> {
        T next() throws XMLStreamException;
    }

    /**
     * The next part of the file, once the schema has passed everything read so far. After a schema error
     * nothing more is imported: the rest is only validated, for the refusal's messages, and the refusal
     * rolls the import back. What the reader makes of an invalid part (a number that is none) is that refusal too.
     */
    private static <T> T read(ValidatingReader xml, Read<T> read) {
        T next;
        try {
            next = read.next();
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            if (!xml.valid()) {
                finish(xml);
            }
            throw new IllegalStateException("The ILR file could not be read after it passed the schema", e);
        }
        if (!xml.valid()) {
            finish(xml);
        }
        return next;
    }

    /** Validates the rest of the file; the schema's refusal if anything in the file broke it. */
    private static void finish(ValidatingReader xml) {
        try {
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The ILR file could not be read", e);
        }
    }

    /** The counts and findings of one import so far. */
    private static final class Tally {

        private final List<ImportError> errors = new ArrayList<>();
        private final int[] outcomes = new int[ApprenticeImport.Outcome.values().length];
        private int skipped;

        void count(ApprenticeImport.Outcome outcome) {
            outcomes[outcome.ordinal()]++;
        }

        ImportReport report(ImportReportId id, IlrYear year) {
            int created = outcomes[ApprenticeImport.Outcome.CREATED.ordinal()];
            int unchanged = outcomes[ApprenticeImport.Outcome.UNCHANGED.ordinal()];
            int updated = outcomes[ApprenticeImport.Outcome.UPDATED.ordinal()] + unchanged;
            int rejected = outcomes[ApprenticeImport.Outcome.REJECTED.ordinal()];
            // PostgreSQL keeps microseconds: the report reads back as it was answered.
            return new ImportReport(id, Instant.now().truncatedTo(ChronoUnit.MICROS), year,
                    created + updated + rejected + skipped, created, updated, unchanged, rejected, skipped, errors);
        }
    }

    /** A provider imports its own ILR only: both UKPRNs of the header must be its own. */
    private List<FieldError> providerErrors(ProviderId providerId, IlrHeader header) {
        String ukprn = providers.find(providerId).orElseThrow(() -> new NotFoundException("Provider", providerId))
                .ukprn().value();
        List<FieldError> errors = new ArrayList<>();
        if (!ukprn.equals(header.sourceUkprn())) {
            errors.add(new FieldError("Header.Source.UKPRN", "must be the provider's UKPRN " + ukprn + ", not "
                    + header.sourceUkprn()));
        }
        if (!ukprn.equals(header.learningProviderUkprn())) {
            errors.add(new FieldError("LearningProvider.UKPRN", "must be the provider's UKPRN " + ukprn + ", not "
                    + header.learningProviderUkprn()));
        }
        return errors;
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file));
    }
}
