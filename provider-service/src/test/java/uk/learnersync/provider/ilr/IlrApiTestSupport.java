package uk.learnersync.provider.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

/** ILR files sent and fetched over the API, as an integrator would. */
abstract class IlrApiTestSupport extends ProviderServiceTest {

    static final String SAMPLE_UKPRN = "99999999";

    /** ESFA's 2025-26 sample, made the test provider's own. */
    String sample() {
        return ownFile(resource("/ilr/ILR-99999999-2526-20250108-094401.xml"));
    }

    /**
     * DfE's 2026/27 sample, made the test provider's own and made to pass its own schema and the check
     * digit: the apprenticeship unit's learner gets a LearnRefNumber of 12 characters and a valid ULN.
     */
    String sample2627() {
        return ownFile(resource("/ilr/ILR-99999999-2627-20250408-094403.xml")
                .replace("GrowthskillsAppunits", "GrowthUnits").replace("1061484937", "1061484938"));
    }

    String ownFile(String xml) {
        return xml.replace("<UKPRN>" + SAMPLE_UKPRN + "</UKPRN>", "<UKPRN>" + ukprn + "</UKPRN>");
    }

    static Api.Response importFile(Api client, String xml) {
        return client.sendRaw("POST", "/api/v1/ilr/imports", xml, "application/xml");
    }

    Map<String, Object> imported(String xml) {
        return importFile(api, xml).expect(201).body();
    }

    String export() {
        Api.Response response = api.get("/api/v1/ilr/export").expect(200);
        assertThat(response.contentType()).startsWith("application/xml");
        return response.text();
    }

    /** The export of a collection year, which validates against that year's schema. */
    String export(String year) throws Exception {
        Api.Response response = exportResponse(year);
        assertValidAgainstTheSchema(response.text(), year);
        return response.text();
    }

    Api.Response exportResponse(String year) {
        Api.Response response = api.get("/api/v1/ilr/export?year=" + year).expect(200);
        assertThat(response.contentType()).startsWith("application/xml");
        assertThat(response.headers("ILR-Year")).containsExactly(year);
        return response;
    }

    List<Map<String, Object>> learners() {
        return api.get("/api/v1/learners?size=200").expect(200).items();
    }

    Map<String, Object> learner(String learnRefNumber) {
        List<Map<String, Object>> found = api.get("/api/v1/learners?learnRefNumber=" + learnRefNumber).expect(200)
                .items();
        assertThat(found).as("learners with LearnRefNumber %s", learnRefNumber).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("errors");
    }

    /** Validates with javax.xml.validation against ESFA's 2025-26 schema, as the product ships it. */
    static void assertValidAgainstTheSchema(String xml) throws Exception {
        assertValidAgainstTheSchema(xml, "2526");
    }

    /** Validates against the schema of the year (2526 or 2627), as the product ships it. */
    static void assertValidAgainstTheSchema(String xml, String year) throws Exception {
        String schema = year.equals("2627") ? "/ilr/2026-27/ILR-2026-27-schemafile-January.xsd"
                : "/ilr/2025-26/schemafile25.xsd";
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(IlrApiTestSupport.class.getResource(schema)).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    static String resource(String path) {
        try (InputStream in = IlrApiTestSupport.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
