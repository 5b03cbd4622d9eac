package uk.learnersync.provider.ilr.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.tenancy.Providers;

/**
 * Imports an ILR file of either collection year in one streaming pass: its namespace names its year, and
 * the file is validated against that year's schema as it is read, learner by learner, on a thread of its
 * own a step ahead of the writes ({@link LearnerFeed}); each learner is checked against the rules of its
 * year and, if it passes, created in a JDBC batch with the batch's other new learners or created or
 * updated in a savepoint of its own. The whole file is one transaction, so that a file found to break
 * the schema (even at its end) is refused whole and changes nothing.
 */
@Component
public class IlrImporter {

    /** Learners read, then written, together: the new ones' rows go to PostgreSQL in batches of this size. */
    static final int BATCH_SIZE = 200;

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
        ApprenticeImport.References references = apprentices.references(providerId, origin);
        Tally tally = new Tally();
        List<IlrLearner> batch = new ArrayList<>(BATCH_SIZE);
        try (LearnerFeed learners = new LearnerFeed(() -> read(xml, reader::next), () -> finish(xml))) {
            for (Optional<IlrLearner> next = learners.next(); next.isPresent(); next = learners.next()) {
                batch.add(next.get());
                if (batch.size() == BATCH_SIZE) {
                    importBatch(providerId, batch, year, references, origin, tally);
                    batch.clear();
                }
            }
        }
        importBatch(providerId, batch, year, references, origin, tally);
        return tally.report(id, year);
    }

    /**
     * Imports learners read from the file. An apprentice new to the provider is checked at once and written
     * with the other new ones of the batch, in JDBC batches ({@link ApprenticeImport#create}); the others,
     * and one that needs more, in a savepoint of its own ({@link ApprenticeImport#upsert}). The report
     * keeps the file's order.
     */
    private void importBatch(ProviderId providerId, List<IlrLearner> batch, IlrYear year,
                             ApprenticeImport.References references, ChangeOrigin origin, Tally tally) {
        // One query for the batch rather than one per learner; then what the batch itself writes.
        Set<String> existing = new HashSet<>(apprentices.existing(providerId, batch.stream()
                .map(IlrLearner::learnRefNumber).filter(Objects::nonNull).toList()));
        List<Entry> entries = new ArrayList<>(batch.size());
        List<Entry> unwritten = new ArrayList<>();
        for (IlrLearner learner : batch) {
            List<ImportError> findings = LearnerRules.check(learner, year);
            // Apprenticeship units are a 2026/27 programme type: another year's ProgType 34 means nothing.
            Optional<IlrLearner.Delivery> aim = learner.apprenticeshipProgrammeAim()
                    .filter(programmeAim -> !programmeAim.isUnit() || year.holds2627Additions());
            Entry entry = new Entry(learner, findings);
            entries.add(entry);
            if (findings.stream().anyMatch(ImportError::rejectsLearner)) {
                entry.result = new ApprenticeImport.Result(ApprenticeImport.Outcome.REJECTED, List.of());
                continue;
            }
            if (aim.isEmpty()) {
                continue;
            }
            boolean known = existing.contains(learner.learnRefNumber());
            if (apprentices.pending(references, learner.learnRefNumber())) {
                // The same LearnRefNumber twice in a file: the second updates the first, once it is written.
                flush(references, unwritten);
                known = true;
            }
            Optional<ApprenticeImport.Result> created = known ? Optional.empty()
                    : apprentices.create(references, learner, aim.get(), year, origin);
            if (created.isPresent()) {
                entry.result = created.get();
                if (entry.result.outcome() == ApprenticeImport.Outcome.CREATED) {
                    unwritten.add(entry);
                }
            } else {
                entry.result = apprentices.upsert(references, learner, aim.get(), year, origin);
                existing.add(learner.learnRefNumber());
            }
        }
        flush(references, unwritten);
        entries.forEach(tally::add);
    }

    /** Writes the learners created since the last flush; one whose reference was taken meanwhile is rejected. */
    private void flush(ApprenticeImport.References references, List<Entry> unwritten) {
        Map<String, ConflictException> refused = apprentices.flush(references);
        for (Entry entry : unwritten) {
            ConflictException conflict = refused.get(entry.learner.learnRefNumber());
            if (conflict != null) {
                entry.result = ApprenticeImport.rejected(entry.learner, conflict);
            }
        }
        unwritten.clear();
    }

    /** A learner's findings and outcome, kept until its batch is written; no outcome: skipped. */
    private static final class Entry {

        private final IlrLearner learner;
        private final List<ImportError> rules;
        private ApprenticeImport.Result result;

        Entry(IlrLearner learner, List<ImportError> rules) {
            this.learner = learner;
            this.rules = rules;
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

        void add(Entry entry) {
            errors.addAll(entry.rules);
            if (entry.result == null) {
                skipped++;
            } else {
                outcomes[entry.result.outcome().ordinal()]++;
                errors.addAll(entry.result.findings());
            }
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
