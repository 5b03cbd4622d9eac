package uk.learnersync.provider.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import uk.learnersync.client.epaplatform.model.ApprenticeRecord;
import uk.learnersync.client.epaplatform.model.OrganisationRequest;
import uk.learnersync.client.provider.ApiClient;
import uk.learnersync.client.provider.ApiException;
import uk.learnersync.client.provider.api.CaseOwnersApi;
import uk.learnersync.client.provider.api.EmployersApi;
import uk.learnersync.client.provider.api.EpaConnectionsApi;
import uk.learnersync.client.provider.api.LearnersApi;
import uk.learnersync.client.provider.api.ManagersApi;
import uk.learnersync.client.provider.api.OperatorApi;
import uk.learnersync.client.provider.api.ProgrammesApi;
import uk.learnersync.client.provider.api.SynchronisationApi;
import uk.learnersync.client.provider.model.AddressRequest;
import uk.learnersync.client.provider.model.CaseOwnerRequest;
import uk.learnersync.client.provider.model.ConnectionRequest;
import uk.learnersync.client.provider.model.CreateProviderRequest;
import uk.learnersync.client.provider.model.EmployerRequest;
import uk.learnersync.client.provider.model.EmployerResource;
import uk.learnersync.client.provider.model.LearnerDetailsInput;
import uk.learnersync.client.provider.model.LearnerRequest;
import uk.learnersync.client.provider.model.LearnerResource;
import uk.learnersync.client.provider.model.ManagerRequest;
import uk.learnersync.client.provider.model.ProgrammeInput;
import uk.learnersync.client.provider.model.ProgrammeRequest;
import uk.learnersync.client.provider.model.RegistrationRequest;
import uk.learnersync.client.provider.model.SyncStatus;
import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.provider.support.SyncScenario;
import uk.learnersync.provider.support.TestEpaPlatform;

/**
 * What an integrator does with the OpenAPI documents: the build generates a Java client from each
 * (openapi-generator's Maven plugin, library {@code native}, from the copies {@link ApiDocsTest} keeps
 * equal to what the services serve), and with nothing else a new provider connects to an EPA platform,
 * registers a learner and changes the learner's name; the platform's operator client reads the change there.
 */
class GeneratedClientsTest extends EndToEndTest {

    private static final String EPAO = "EPA0001";
    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aLearnerRegisteredAndChangedThroughTheGeneratedClientReachesThePlatformAsItsGeneratedClientReadsIt()
            throws Exception {
        String newUkprn = Integer.toString(ThreadLocalRandom.current().nextInt(90_000_000, 100_000_000));
        String token = new OperatorApi(providerClient(ADMIN_TOKEN)).createProvider(new CreateProviderRequest()
                .ukprn(newUkprn).name("Generated Client Training Ltd")).getApiToken();
        ApiClient provider = providerClient(token);
        var platform = new uk.learnersync.client.epaplatform.api.OperatorApi(platformClient());
        platform.createOrganisation(new OrganisationRequest().epaoId(EPAO).name("Assessor " + EPAO));
        String platformToken = platform.connect(EPAO, new uk.learnersync.client.epaplatform.model.ConnectionRequest()
                .providerUkprn(newUkprn)).getApiToken();
        new EpaConnectionsApi(provider).createEpaConnection(new ConnectionRequest().epaoId(EPAO)
                .baseUrl(TestEpaPlatform.baseUrl()).apiToken(platformToken));

        String programmeId = new ProgrammesApi(provider).createProgramme(new ProgrammeRequest()
                .name("Software developer").standardCode(2).standardReference("ST0116").standardVersion("1.0")
                .epaoId(EPAO)).getId();
        String caseOwnerId = new CaseOwnersApi(provider).createCaseOwner(new CaseOwnerRequest().givenName("Tess")
                .familyName("Tutor").email("tess@provider.test").phone("01632 960001")).getId();
        EmployerResource employer = new EmployersApi(provider).createEmployer(new EmployerRequest().name("Acme Ltd")
                .addAddressesItem(new AddressRequest().line1("1 High Street").town("Leeds").postcode("LS1 4AP")));
        String managerId = new ManagersApi(provider).createManager(new ManagerRequest().givenName("Mona")
                .familyName("Manager").email("mona@employer.test").phone("0113 496 0000")
                .employerId(employer.getId())).getId();
        String uln = SyncScenario.nextUln();
        LearnersApi learners = new LearnersApi(provider);
        LearnerResource learner = learners.createLearner(new LearnerRequest().uln(uln).givenNames("Ada")
                .familyName("Lovelace").dateOfBirth(LocalDate.of(2004, 12, 10)).sex("F").ethnicity(31)
                .email("ada@learner.test").caseOwnerId(caseOwnerId).managerId(managerId).employerId(employer.getId())
                .employerAddressId(employer.getAddresses().get(0).getId())
                .programme(new ProgrammeInput().programmeId(programmeId).startDate(LocalDate.of(2025, 9, 1))
                        .plannedEndDate(LocalDate.of(2027, 3, 31))));
        UUID id = UUID.fromString(learner.getId());

        assertThat(learners.register(id, new RegistrationRequest()).getEpaRegistration().getMode())
                .isEqualTo("CONNECTED");
        awaitSynced(new SynchronisationApi(provider));
        learners.patchLearner(id, new LearnerDetailsInput().familyName("Byron"), null);
        awaitSynced(new SynchronisationApi(provider));

        ApprenticeRecord onPlatform = platform.listApprentices(EPAO, uln).getItems().get(0);
        assertThat(onPlatform.getGivenNames()).isEqualTo("Ada");
        assertThat(onPlatform.getFamilyName()).isEqualTo("Byron");
        assertThat(onPlatform.getProviderUkprn()).isEqualTo(newUkprn);
        assertThat(learners.getLearner(id).getFamilyName()).isEqualTo("Byron");
    }

    @Test
    void aRefusalReachesTheGeneratedClientAsTheProblemTheDocumentDescribes() {
        LearnersApi learners = new LearnersApi(providerClient((String) newProviderAccount().get("apiToken")));

        ApiException refusal = catchThrowableOfType(ApiException.class,
                () -> learners.createLearner(new LearnerRequest().uln("1234567890")));

        assertThat(refusal.getCode()).isEqualTo(400);
        assertThat(refusal.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refusal.getResponseBody()).contains("\"field\":\"uln\"", "ULN_04");
    }

    private void awaitSynced(SynchronisationApi sync) throws ApiException, InterruptedException {
        long deadline = System.nanoTime() + SYNC_TIMEOUT.toNanos();
        SyncStatus status = sync.status();
        while ((status.getPending() > 0 || status.getRetrying() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            status = sync.status();
        }
        assertThat(status.getPending() + status.getRetrying()).as("changes still on their way").isZero();
    }

    private ApiClient providerClient(String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        return client;
    }

    private uk.learnersync.client.epaplatform.ApiClient platformClient() {
        var client = new uk.learnersync.client.epaplatform.ApiClient();
        client.updateBaseUri(TestEpaPlatform.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer "
                + TestEpaPlatform.ADMIN_TOKEN));
        return client;
    }
}
