package uk.learnersync.provider.ilr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.springframework.stereotype.Service;

import uk.learnersync.provider.ilr.internal.IlrExporter;
import uk.learnersync.provider.ilr.internal.IlrImporter;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;

/** Importing and exporting ILR files, for the API and the web pages alike. */
@Service
public class IlrFiles {

    /** The largest file accepted; ESFA's own files of a large provider stay well below it. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private final IlrImporter importer;
    private final IlrExporter exporter;

    IlrFiles(IlrImporter importer, IlrExporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    /** An export ready to be written, once the response can take it. */
    @FunctionalInterface
    public interface Export {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Imports an ILR file (see the package description): a file that breaks the schema, or is another
     * provider's, is refused whole with {@link uk.learnersync.provider.shared.InvalidInputException}.
     *
     * @param uploader who sent the file; the changes are made with channel IMPORT as {@code ilr-import:<id>}
     */
    public ImportReport importFile(ProviderId providerId, Path file, ChangeOrigin uploader) throws IOException {
        return importer.importFile(providerId, file, uploader);
    }

    public ImportReport report(ProviderId providerId, ImportReportId id) {
        return importer.find(providerId, id).orElseThrow(() -> new NotFoundException("ILR import", id));
    }

    /** The provider's learners as an ILR file; a conflict when it has none, as an ILR file holds at least one. */
    public Export export(ProviderId providerId) {
        if (!exporter.hasLearners(providerId)) {
            throw new ConflictException("The provider has no learners to export: an ILR file holds at least one");
        }
        return out -> exporter.export(providerId, out);
    }
}
