package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.learnersync.provider.ilr.IlrYear;

/** ILR files in a browser: ESFA's sample uploaded with its report, and the export for a signed-in user. */
class IlrPageTest extends PageTest {

    private static final String SAMPLE = "/ilr/ILR-99999999-2526-20250108-094401.xml";
    private static final String SAMPLE_UKPRN = "99999999";

    private Path file;

    @AfterEach
    void deleteTheFile() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void ULN_04_esfasSampleIsImportedAndTheReportShowsTheCountsAndTheRejectedAsfLearner() throws IOException {
        signInAs("TUTOR");
        open("/ilr");
        screenshot("ilr-upload");
        upload(sample().replace("<UKPRN>" + SAMPLE_UKPRN + "</UKPRN>", "<UKPRN>" + ukprn + "</UKPRN>"));

        assertThat(heading()).contains("ILR import report");
        assertThat(text("year")).contains("Read as an ILR 2025/26 file").contains("ESFA/ILR/2025-26");
        assertThat(text("count-learners")).isEqualTo("19");
        assertThat(text("count-created")).isEqualTo("2");
        assertThat(text("count-rejected")).isEqualTo("2");
        assertThat(text("count-skipped")).isEqualTo("15");
        WebElement asfLearner = browser.findElements(By.cssSelector("#findings tbody tr")).stream()
                .filter(row -> row.getText().contains("ASFLearner")).findFirst().orElseThrow();
        assertThat(asfLearner.getText()).contains("1061484935").contains("ULN_04").contains("Error")
                .contains("The Unique learner number does not pass the checksum calculation");
        assertThat(text("findings")).contains("EPAOrgID_01").contains("Warning");
        screenshot("ilr-import-report");
        assertThat(api.get("/api/v1/learners?learnRefNumber=ASFLearner").expect(200).items()).isEmpty();
        assertThat(api.get("/api/v1/learners?learnRefNumber=Levy").expect(200).items()).hasSize(1);
    }

    @Test
    void anotherProvidersFileIsRefusedWholeAtTheFieldAndNothingIsImported() throws IOException {
        signInAs("TUTOR");
        open("/ilr");
        upload(sample());

        assertThat(errorSummary()).singleElement().asString()
                .startsWith("The file was refused and nothing was imported")
                .contains("must be the provider's UKPRN " + ukprn);
        assertThat(api.get("/api/v1/learners").expect(200).items()).isEmpty();

        submit("upload");
        assertThat(errorSummary()).containsExactly("ILR file is required: choose the ILR XML file to upload");
    }

    @Test
    void theExportIsTheProvidersIlrFileOfEitherYearAndAReadOnlyUserMayDownloadItButNotUpload() {
        scenario.learner(scenario.programme("EPA0001"), fullyLinked());
        String email = newUser("READ_ONLY");
        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);
        IlrYear current = IlrYear.current(LocalDate.now(ZoneId.of("Europe/London")));

        for (String year : List.of("2526", "2627")) {
            HttpResponse<String> export = session.get("/ilr/export?year=" + year);

            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/xml"));
            assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                    assertThat(disposition).contains("attachment").contains("ILR-" + ukprn + "-" + year + "-"));
            assertThat(export.body()).contains("<UKPRN>" + ukprn + "</UKPRN>").contains("Lovelace")
                    .contains("<Year>" + year + "</Year>");
        }
        assertThat(session.get("/ilr/export").headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("-" + current.code() + "-"));
        String page = session.get("/ilr").body();
        assertThat(page).doesNotContain("id=\"upload\"").contains("id=\"export-link-2526\"")
                .contains("id=\"export-link-2627\"").contains("Download the ILR " + current.label() + " file (current year)");
    }

    /** A 2025/26 file cannot hold 2026/27's additions: the page says what that file leaves out before it is downloaded. */
    @Test
    void theExportPageOffersBothYearsAndSaysWhat2025_26LeavesOut() throws IOException {
        signInAs("ADMIN");
        String unit = api.post("/api/v1/programmes", Map.of("name", "Data unit", "unitAimRef", "ZSC00001"))
                .expect(201).id();
        scenario.learner(unit, fullyLinked());
        open("/ilr");

        assertThat(text("export-2526")).contains("ILR 2025/26").contains("apprenticeship units")
                .contains("left out");
        assertThat(text("export-2627")).contains("ILR 2026/27").doesNotContain("left out");
        screenshot("ilr-export-years");
    }

    private void upload(String xml) throws IOException {
        file = Files.createTempFile("ILR-", ".xml");
        Files.writeString(file, xml);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submit("upload");
    }

    private static String sample() throws IOException {
        try (InputStream in = IlrPageTest.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
