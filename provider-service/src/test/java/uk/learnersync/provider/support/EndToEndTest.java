package uk.learnersync.provider.support;

import org.junit.jupiter.api.BeforeEach;

import uk.learnersync.testing.Api;

/**
 * Base of the end-to-end tests: the provider service and the real EPA platform, each on its own
 * random port, talking over real HTTP; assertions read the platform's record as the EPAO sees it.
 */
public abstract class EndToEndTest extends ProviderServiceTest {

    protected Api platformAdmin;
    protected SyncScenario scenario;

    @BeforeEach
    void connectToTheEpaPlatform() {
        platformAdmin = new Api(TestEpaPlatform.baseUrl(), TestEpaPlatform.ADMIN_TOKEN, json);
        scenario = new SyncScenario(api, platformAdmin, ukprn);
    }
}
