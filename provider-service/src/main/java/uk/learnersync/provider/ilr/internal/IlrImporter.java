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
 * Imports an ILR file of either collection year in streaming passes: its namespace names its year, its
 * year's schema goes over the whole file (a file that fails it changes nothing), then learner by
 * learner, each checked against the rules of its year and, if it passes, created or updated on its own.
 */
@Component
public class IlrImporter {

    static final int BATCH_SIZE = 200;

    private final IlrSchema schema;
    private final ApprenticeImport apprentices;
    private final ImportReportStore reports;
    private final Providers providers;
    private final TransactionTemplate batches;

    IlrImporter(IlrSchema schema, ApprenticeImport apprentices, ImportReportStore reports, Providers providers,
                PlatformTransactionManager transactionManager) {
        this.schema = schema;
        this.apprentices = apprentices;
        this.reports = reports;
        this.providers = providers;
        this.batches = new TransactionTemplate(transactionManager);
    }

    /** Imports the file; {@code uploader} is who sent it, the changes are made as {@code ilr-import:<id>}. */
    public ImportReport importFile(ProviderId providerId, Path file, ChangeOrigin uploader) throws IOException {
        IlrYear year;
        try (InputStream in = open(file)) {
            year = schema.yearOf(in);
        }
        try (InputStream in = open(file)) {
            schema.validate(in, year);
        }
        try (InputStream in = open(file); IlrReader reader = new IlrReader(in)) {
            ImportReport report = run(providerId, reader, year);
            reports.insert(providerId, uploader.actor(), report);
            return report;
        } catch (XMLStreamException e) {
            throw new IOException("The ILR file could not be read after it passed the schema", e);
        }
    }

    public Optional<ImportReport> find(ProviderId providerId, ImportReportId id) {
        return reports.find(providerId, id);
    }

    private ImportReport run(ProviderId providerId, IlrReader reader, IlrYear year) throws XMLStreamException {
        checkProvider(providerId, reader.header());
        ImportReportId id = new ImportReportId(UUID.randomUUID());
        ChangeOrigin origin = new ChangeOrigin("ilr-import:" + id, Channel.IMPORT);
        ApprenticeImport.References references = apprentices.references(providerId);
        Tally tally = new Tally();
        boolean more = true;
        while (more) {
            more = Boolean.TRUE.equals(batches.execute(status -> importBatch(reader, year, references, origin, tally)));
        }
        return tally.report(id, year);
    }

    /**
     * Imports up to {@value #BATCH_SIZE} learners in one transaction, each apprentice in a savepoint of
     * its own (so rejected alone): one commit per batch rather than per learner. False at the end of the file.
     */
    private boolean importBatch(IlrReader reader, IlrYear year, ApprenticeImport.References references,
                                ChangeOrigin origin, Tally tally) {
        for (int i = 0; i < BATCH_SIZE; i++) {
            Optional<IlrLearner> next = next(reader);
            if (next.isEmpty()) {
                return false;
            }
            IlrLearner learner = next.get();
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
        return true;
    }

    private static Optional<IlrLearner> next(IlrReader reader) {
        try {
            return reader.next();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The ILR file could not be read after it passed the schema", e);
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
    private void checkProvider(ProviderId providerId, IlrHeader header) {
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
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file));
    }
}
