package uk.learnersync.provider.ilr.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.ilr.IlrFileManagement;
import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.provider.ilr.ImportError;
import uk.learnersync.provider.ilr.ImportReport;
import uk.learnersync.provider.ilr.ImportReportId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.tenancy.CurrentProvider;
import uk.learnersync.validation.FieldChecks;

@RestController
@RequestMapping("/api/v1/ilr")
@Tag(name = "ILR files", description = "ILR XML files of 2025/26 (ESFA/ILR/2025-26) and 2026/27 (ILR/2026-27): import "
        + "with DfE's validation of the file's own year, export of either year valid against its schema")
class IlrController {

    /** The collection year of the file sent back, e.g. 2627. */
    static final String YEAR_HEADER = "ILR-Year";
    /** One for each kind of thing the year cannot hold and that was left out of the file. */
    static final String LEFT_OUT_HEADER = "ILR-Left-Out";

    private final IlrFileManagement files;
    private final CurrentProvider provider;

    IlrController(IlrFileManagement files, CurrentProvider provider) {
        this.files = files;
        this.provider = provider;
    }

    /** {@code year}: the collection year the file was read as, by its namespace (2526 or 2627). */
    record ImportReportResource(String id, String createdAt, String year, int learners, int created, int updated,
                                int unchanged, int rejected, int skipped, List<ImportError> errors) {

        static ImportReportResource of(ImportReport report) {
            return new ImportReportResource(report.id().toString(), report.createdAt().toString(),
                    report.year().code(), report.learners(), report.created(), report.updated(), report.unchanged(),
                    report.rejected(), report.skipped(), report.errors());
        }
    }

    @PostMapping(path = "/imports", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import an ILR file",
            description = "The body is an ILR XML file of 2025/26 or 2026/27, told apart by its namespace "
                    + "(ESFA/ILR/2025-26, ILR/2026-27). A file of another namespace, one that breaks its year's schema, "
                    + "or one whose header UKPRN is not the provider's, is refused whole (400). Each learner is then "
                    + "checked against DfE's rules of that year; a learner with an error is rejected alone. Apprentices "
                    + "(standards, foundation apprenticeships, 2026/27 apprenticeship units) are created or updated by "
                    + "LearnRefNumber (channel IMPORT); other learners are skipped.",
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
    @Operation(summary = "Read the report of an ILR import",
            description = "The year the file was read as, the counts (created, updated, rejected, skipped) and each "
                    + "learner's errors and warnings under DfE's rule names.")
    ImportReportResource report(@PathVariable UUID id) {
        return ImportReportResource.of(files.report(provider.id(), new ImportReportId(id)));
    }

    /** Written straight to the response as it is read, page by page, rather than built in memory. */
    @GetMapping("/export")
    @Operation(summary = "Export the provider's learners as an ILR file of a collection year",
            description = "year=2526 or 2627; without it, the current collection year (a year starts on 1 August). "
                    + "The file validates against that year's schema. What the year cannot hold (for 2025/26: an "
                    + "assessment organisation's UKPRN, AgreemId, HRS 4 with RIP 1, apprenticeship units) is left out "
                    + "and said in an ILR-Left-Out header for each kind; ILR-Year names the year. 409 when the file "
                    + "would hold no learner")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    void export(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        FieldChecks checks = new FieldChecks();
        IlrYear ilrYear = year == null ? files.currentYear() : checks.required("year", year, IlrYear::of);
        checks.throwIfAny();
        IlrFileManagement.Export export = files.export(provider.id(), ilrYear);
        response.setHeader(YEAR_HEADER, ilrYear.code());
        export.leftOut().forEach(warning -> response.addHeader(LEFT_OUT_HEADER, warning));
        String fileName = export.fileName();
        response.setContentType(MediaType.APPLICATION_XML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        export.writeTo(response.getOutputStream());
    }

    /**
     * Keeps the body on disk (its root is read for its year, then the file is validated and imported in one
     * pass), refusing it past the size limit.
     */
    private static void spool(InputStream body, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
                total += read;
                if (total > IlrFileManagement.MAX_FILE_BYTES) {
                    throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "An ILR file is accepted up to "
                            + IlrFileManagement.MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, read);
            }
        }
    }
}
