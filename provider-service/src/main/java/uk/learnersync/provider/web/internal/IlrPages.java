package uk.learnersync.provider.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.learnersync.provider.ilr.IlrFileManagement;
import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.provider.ilr.ImportReport;
import uk.learnersync.provider.ilr.ImportReportId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.tenancy.CurrentProvider;

/**
 * ILR files of 2025/26 and 2026/27: uploading one, with its import report (the year it was read as,
 * DfE's rule names and severities), and exporting the provider's learners as one of either year, with
 * what that year leaves out, through the ilr module as the API does.
 */
@Controller
@RequestMapping("/ilr")
class IlrPages {

    static final Map<String, String> LABELS = Form.labels("file", "ILR file");

    private final IlrFileManagement files;
    private final CurrentProvider provider;

    IlrPages(IlrFileManagement files, CurrentProvider provider) {
        this.files = files;
        this.provider = provider;
    }

    @GetMapping
    String upload(Model model) {
        return uploadPage(Form.blank(LABELS), model);
    }

    /** The whole file is refused (nothing stored) when it is of no year LearnerSync reads, breaks its year's schema or is another provider's. */
    @PostMapping
    String importFile(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        Form form = Form.blank(LABELS);
        if (file == null || file.isEmpty()) {
            form.reject("file", "is required: choose the ILR XML file to upload");
            return uploadPage(form, model);
        }
        Path spooled = Files.createTempFile("ilr-upload-", ".xml");
        ImportReport report;
        try {
            file.transferTo(spooled);
            report = files.importFile(provider.id(), spooled, provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            // Whatever part of the file is wrong, it is the file the user chose that is refused.
            form.rejectWith("file", "The file was refused and nothing was imported: " + e.errors().stream()
                    .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
            return uploadPage(form, model);
        } finally {
            Files.deleteIfExists(spooled);
        }
        redirect.addFlashAttribute("success", "The file " + file.getOriginalFilename() + " was imported");
        return "redirect:/ilr/imports/" + report.id();
    }

    @GetMapping("/imports/{id}")
    String report(@PathVariable UUID id, Model model) {
        model.addAttribute("report", files.report(provider.id(), new ImportReportId(id)));
        return "ilr/report";
    }

    /** The same file as {@code GET /api/v1/ilr/export?year=}, written to the response as it is read. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        IlrYear ilrYear;
        try {
            ilrYear = year == null ? files.currentYear() : IlrYear.of(year);
        } catch (InvalidValueException e) {
            throw new NotFoundException("ILR collection year", year);
        }
        IlrFileManagement.Export export = files.export(provider.id(), ilrYear);
        response.setContentType(MediaType.APPLICATION_XML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.fileName()).build().toString());
        export.writeTo(response.getOutputStream());
    }

    /** Both years on offer, the current one first, each with what its file would leave out. */
    private String uploadPage(Form form, Model model) {
        IlrYear current = files.currentYear();
        List<IlrYear> years = new ArrayList<>(List.of(IlrYear.values()));
        years.sort(Comparator.comparing((IlrYear year) -> year != current).thenComparing(Comparator.reverseOrder()));
        Map<IlrYear, List<String>> leftOut = new EnumMap<>(IlrYear.class);
        for (IlrYear year : years) {
            leftOut.put(year, files.leftOut(provider.id(), year));
        }
        model.addAttribute("form", form);
        model.addAttribute("maxMegabytes", IlrFileManagement.MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("currentYear", current);
        model.addAttribute("years", years);
        model.addAttribute("leftOut", leftOut);
        return "ilr/upload";
    }
}
