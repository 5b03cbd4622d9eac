package uk.learnersync.provider.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.support.ProviderServiceTest;

/**
 * The events that make linked learners' EPA records follow a change, published by the application
 * services as the web pages call them (channel UI). Events are recorded on the calling thread, so the
 * services are called directly rather than over HTTP.
 */
@RecordApplicationEvents
class EmployerEventsTest extends ProviderServiceTest {

    private static final ChangeOrigin UI = new ChangeOrigin("user:ann@provider.test", Channel.UI);

    @Autowired
    private EmployerManagement employers;

    @Autowired
    private ManagerManagement managers;

    @Autowired
    private ApplicationEvents events;

    private ProviderId provider() {
        return new ProviderId(UUID.fromString(providerId));
    }

    private static EmployerAddressDetails address(String line1, String postcode) {
        return new EmployerAddressDetails(line1, null, null, "Coventry", Postcode.of(postcode));
    }

    private Employer acme() {
        return employers.create(provider(), new EmployerDetails("Acme Ltd", EmpId.of("907173756")),
                List.of(address("1 Acme Way", "CV1 2WT")), UI);
    }

    private ManagerDetails mia(EmployerId employerId, String email) {
        FieldChecks checks = new FieldChecks();
        ManagerDetails details = ManagerDetails.parse(checks, "Mia", "Manager", email, null, employerId.toString(),
                id -> true);
        checks.throwIfAny();
        return details;
    }

    @Test
    void EM_1_changingAnEmployersRecordPublishesEmployerChangedWithItsOrigin() {
        Employer acme = acme();

        employers.update(provider(), acme.id(), ExpectedVersion.ANY,
                current -> new EmployerDetails("Acme Holdings", acme.empId()), UI);

        assertThat(events.stream(EmployerChanged.class))
                .containsExactly(new EmployerChanged(provider(), acme.id(), UI));
    }

    @Test
    void EM_2_changingAnAddressPublishesEmployerAddressChangedWithItsOrigin() {
        Employer acme = acme();
        EmployerAddressId addressId = acme.addresses().get(0).id();

        employers.updateAddress(provider(), acme.id(), addressId, ExpectedVersion.ANY,
                current -> address("1 Acme Way", "CV1 1SS"), UI);

        assertThat(events.stream(EmployerAddressChanged.class))
                .containsExactly(new EmployerAddressChanged(provider(), acme.id(), addressId, UI));
        assertThat(events.stream(EmployerChanged.class)).isEmpty();
    }

    @Test
    void MG_1_changingAManagerPublishesManagerChangedWithItsOrigin() {
        Employer acme = acme();
        Manager mia = managers.create(provider(), mia(acme.id(), "mia@acme.test"), UI);

        managers.update(provider(), mia.id(), ExpectedVersion.ANY, current -> mia(acme.id(), "mia.m@acme.test"), UI);

        assertThat(events.stream(ManagerChanged.class)).containsExactly(new ManagerChanged(provider(), mia.id(), UI));
    }

    @Test
    void creatingOrChangingNothingPublishesNothing() {
        Employer acme = acme();
        EmployerAddress address = employers.addAddress(provider(), acme.id(), address("Site 2", "CV4 9AB"), UI);
        Manager mia = managers.create(provider(), mia(acme.id(), "mia@acme.test"), UI);

        employers.update(provider(), acme.id(), ExpectedVersion.ANY,
                current -> new EmployerDetails("Acme Ltd", EmpId.of("907173756")), UI);
        employers.updateAddress(provider(), acme.id(), address.id(), ExpectedVersion.ANY,
                current -> address("Site 2", "CV4 9AB"), UI);
        managers.update(provider(), mia.id(), ExpectedVersion.ANY, current -> mia(acme.id(), "mia@acme.test"), UI);

        assertThat(events.stream(EmployerChanged.class)).isEmpty();
        assertThat(events.stream(EmployerAddressChanged.class)).isEmpty();
        assertThat(events.stream(ManagerChanged.class)).isEmpty();
    }
}
