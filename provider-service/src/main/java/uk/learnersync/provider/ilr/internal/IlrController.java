package uk.learnersync.provider.ilr.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.ilr.IlrFiles;
import uk.learnersync.provider.ilr.ImportError;
import uk.learnersync.provider.ilr.ImportReport;
import uk.learnersync.provider.ilr.ImportReportId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.tenancy.CurrentProvider;
import uk.learnersync.provider.tenancy.Providers;

@RestController
@RequestMapping("/api/v1/ilr")
@Tag(name = "ILR files", description = "ESFA's ILR 2025-26 XML: import with ESFA's validation, export valid against the schema")
class IlrController {

    private static final DateTimeFormatter FILE_NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final IlrFiles files;
    private final CurrentProvider provider;
    private final Providers providers;

    IlrController(IlrFiles files, CurrentProvider provider, Providers providers) {
        this.files = files;
        this.provider = provider;
        this.providers = providers;
    }

    record ImportReportResource(String id, String createdAt, int learners, int created, int updated, int unchanged,
                                int rejected, int skipped, List<ImportError> errors) {

        static ImportReportResource of(ImportReport report) {
            return new ImportReportResource(report.id().toString(), report.createdAt().toString(), report.learners(),
                    report.created(), report.updated(), report.unchanged(), report.rejected(), report.skipped(),
                    report.errors());
        }
    }

    @PostMapping(path = "/imports", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import an ILR file",
            description = "The body is the ILR XML file. A file that breaks ESFA's schema, or whose header UKPRN is "
                    + "not the provider's, is refused whole (400). Each learner is then checked against ESFA's rules; "
                    + "a learner with an error is rejected alone. Apprentices are created or updated by LearnRefNumber "
                    + "(channel IMPORT); other learners are skipped.",
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
                    schema = @Schema(type = "string", format = "binary"))))
    ImportReportResource importFile(InputStream body) throws IOException {
        Path file = Files.createTempFile("ilr-import-", ".xml");
        try {
            spool(body, file);
            return ImportReportResource.of(files.importFile(provider.id(), file, provider.origin(Channel.IMPORT)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "Read the report of an ILR import")
    ImportReportResource report(@PathVariable UUID id) {
        return ImportReportResource.of(files.report(provider.id(), new ImportReportId(id)));
    }

    /** Written straight to the response as it is read, page by page, rather than built in memory. */
    @GetMapping("/export")
    @Operation(summary = "Export the provider's learners as an ILR file",
            description = "An ILR 2025-26 XML file that validates against ESFA's schema; 409 when there is no learner")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    void export(HttpServletResponse response) throws IOException {
        ProviderId providerId = provider.id();
        IlrFiles.Export export = files.export(providerId);
        String ukprn = providers.find(providerId).orElseThrow().ukprn().value();
        String fileName = "ILR-" + ukprn + "-2526-" + FILE_NAME_TIME.format(LocalDateTime.now()) + "-01.xml";
        response.setContentType(MediaType.APPLICATION_XML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        export.writeTo(response.getOutputStream());
    }

    /** Keeps the body on disk for the two passes over it, refusing it past the size limit. */
    private static void spool(InputStream body, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
                total += read;
                if (total > IlrFiles.MAX_FILE_BYTES) {
                    throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                            "An ILR file is accepted up to " + IlrFiles.MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, read);
            }
        }
    }
}
