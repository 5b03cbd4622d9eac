package uk.learnersync.provider.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.employers.EmpId;
import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerAddressDetails;
import uk.learnersync.provider.employers.EmployerDetails;
import uk.learnersync.provider.employers.EmployerManagement;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.employers.ManagerDetails;
import uk.learnersync.provider.employers.ManagerManagement;
import uk.learnersync.provider.employers.Postcode;
import uk.learnersync.provider.epa.EpaConnectionDetails;
import uk.learnersync.provider.epa.EpaConnectionManagement;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.epa.Epaos;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerDetailsInput;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.learners.ProgrammeInput;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.programmes.Programme;
import uk.learnersync.provider.programmes.ProgrammeDetails;
import uk.learnersync.provider.programmes.ProgrammeManagement;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwner;
import uk.learnersync.provider.staff.CaseOwnerDetails;
import uk.learnersync.provider.staff.CaseOwnerManagement;
import uk.learnersync.provider.staff.StaffUserManagement;
import uk.learnersync.provider.tenancy.Providers;
import uk.learnersync.provider.tenancy.Providers.NewProvider;
import uk.learnersync.provider.tenancy.Ukprn;

/**
 * Loads the demo provider once (a second start finds it and leaves everything as it is): staff who
 * can sign in, two employers, programmes assessed by two connected EPAOs and one unconnected, and
 * learners registered through the connections, so that a newcomer sees synchronisation at work.
 */
@Component
@ConditionalOnProperty(name = "learnersync.demo-data", havingValue = "true")
class DemoData {

    static final Ukprn DEMO_UKPRN = new Ukprn("10012345");
    static final String DEMO_PASSWORD = "demo-password-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ChangeOrigin ORIGIN = new ChangeOrigin("demo-data", Channel.API);
    private static final EpaoId CONNECTED_A = new EpaoId("EPA0001");
    private static final EpaoId CONNECTED_B = new EpaoId("EPA0005");
    private static final EpaoId UNCONNECTED = new EpaoId("EPA0010");

    private final Providers providers;
    private final StaffUserManagement users;
    private final CaseOwnerManagement caseOwners;
    private final EmployerManagement employers;
    private final ManagerManagement managers;
    private final ProgrammeManagement programmes;
    private final EpaConnectionManagement connections;
    private final Epaos epaos;
    private final LearnerManagement learners;
    private final DemoProperties properties;
    private final JsonMapper json;

    DemoData(Providers providers, StaffUserManagement users, CaseOwnerManagement caseOwners,
             EmployerManagement employers, ManagerManagement managers, ProgrammeManagement programmes,
             EpaConnectionManagement connections, Epaos epaos, LearnerManagement learners, DemoProperties properties,
             JsonMapper json) {
        this.providers = providers;
        this.users = users;
        this.caseOwners = caseOwners;
        this.employers = employers;
        this.managers = managers;
        this.programmes = programmes;
        this.connections = connections;
        this.epaos = epaos;
        this.learners = learners;
        this.properties = properties;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (providers.findByUkprn(DEMO_UKPRN).isPresent()) {
            log.info("Demo provider {} is already there; demo data left as it is", DEMO_UKPRN);
            return;
        }
        NewProvider created = providers.create(DEMO_UKPRN, "Northern Skills Academy (demo)");
        ProviderId provider = created.provider().id();
        users.create(provider, "admin@demo.learnersync.test", "Ada Admin", DEMO_PASSWORD, List.of("ADMIN", "APPROVER"), ORIGIN);
        users.create(provider, "tutor@demo.learnersync.test", "Tom Tutor", DEMO_PASSWORD, List.of("TUTOR"), ORIGIN);
        users.create(provider, "viewer@demo.learnersync.test", "Vera Viewer", DEMO_PASSWORD, List.of("READ_ONLY"), ORIGIN);

        boolean connected = properties.platformKnown();
        if (connected) {
            DemoPlatform platform = new DemoPlatform(properties, json);
            for (EpaoId epao : List.of(CONNECTED_A, CONNECTED_B)) {
                String token = platform.connectionTokenFor(epao.value(), epaos.nameOf(provider, epao).orElseThrow(),
                        DEMO_UKPRN.value());
                connections.connect(provider, new EpaConnectionDetails(epao, properties.epaPlatformUrl(), token), ORIGIN);
            }
        }

        CaseOwner tess = caseOwners.create(provider, new CaseOwnerDetails("Tess", "Taylor", "tess.taylor@northern-skills.test", "0113 496 0101"), ORIGIN);
        CaseOwner theo = caseOwners.create(provider, new CaseOwnerDetails("Theo", "Okafor", "theo.okafor@northern-skills.test", "0113 496 0102"), ORIGIN);
        Employer acme = employers.create(provider, new EmployerDetails("Acme Engineering Ltd", new EmpId("907173756")),
                List.of(new EmployerAddressDetails("Unit 4, Airedale Park", "Kirkstall Road", null, "Leeds", Postcode.of("LS3 1HA")),
                        new EmployerAddressDetails("12 Wellington Street", null, null, "Bradford", Postcode.of("BD1 2RA"))), ORIGIN);
        Employer globex = employers.create(provider, new EmployerDetails("Globex Digital plc", null),
                List.of(new EmployerAddressDetails("1 Piccadilly Gardens", null, null, "Manchester", Postcode.of("M1 1RG"))), ORIGIN);
        Manager mona = managers.create(provider, new ManagerDetails("Mona", "Marsh", "mona.marsh@acme.test", "0113 496 0200", acme.id()), ORIGIN);
        Manager gail = managers.create(provider, new ManagerDetails("Gail", "Green", "gail.green@globex.test", "0161 496 0300", globex.id()), ORIGIN);

        Programme software = programmes.create(provider, new ProgrammeDetails("Software developer (level 4)", 2, "ST0116", "1.0", List.of(), CONNECTED_A), ORIGIN);
        Programme data = programmes.create(provider, new ProgrammeDetails("Data analyst (level 4)", 80, "ST0118", "1.0", List.of(), CONNECTED_B), ORIGIN);
        Programme marketing = programmes.create(provider, new ProgrammeDetails("Digital marketer (level 3)", 78, "ST0122", "1.0", List.of(), UNCONNECTED), ORIGIN);

        Placement acmeLeeds = new Placement(acme, 0, mona);
        Placement acmeBradford = new Placement(acme, 1, mona);
        Placement globexManchester = new Placement(globex, 0, gail);
        RegistrationMode throughConnection = connected ? RegistrationMode.CONNECTED : RegistrationMode.MANUAL;
        learner(provider, "1000000043", "Amelia", "Hughes", "2005-03-14", "F", 31, tess, acmeLeeds, software, throughConnection);
        learner(provider, "1748529632", "Oliver", "Patel", "2004-07-02", "M", 39, tess, acmeLeeds, software, throughConnection);
        learner(provider, "1061484016", "Isla", "Nowak", "2003-11-23", "F", 34, theo, acmeBradford, software, throughConnection);
        learner(provider, "1061484466", "Noah", "Adeyemi", "2005-01-30", "M", 44, theo, globexManchester, data, throughConnection);
        learner(provider, "1000000051", "Freya", "Campbell", "2002-09-09", "F", 31, tess, globexManchester, data, throughConnection);
        learner(provider, "1000000078", "Leo", "Chen", "2004-05-17", "M", 42, theo, globexManchester, marketing, RegistrationMode.MANUAL);
        learner(provider, "1000000086", "Maya", "Khan", "2005-08-08", "F", 40, tess, acmeBradford, marketing, null);

        System.out.printf("""

                Demo provider loaded: %s (UKPRN %s)
                  API token (shown once):  %s
                  sign in at /login as admin@demo.learnersync.test, tutor@... or viewer@...; password %s
                  %s
                %n""", created.provider().name(), DEMO_UKPRN, created.apiToken(), DEMO_PASSWORD,
                connected ? "connected to EPA0001 and EPA0005 on the EPA platform; EPA0010 has no connection"
                        : "no EPA platform beside the service: learners are registered manually");
    }

    private record Placement(Employer employer, int addressIndex, Manager manager) {
    }

    private void learner(ProviderId provider, String uln, String givenNames, String familyName, String dateOfBirth,
                         String sex, int ethnicity, CaseOwner caseOwner, Placement placement, Programme programme,
                         RegistrationMode registration) {
        LearnerDetailsInput details = new LearnerDetailsInput(uln, givenNames, familyName, LocalDate.parse(dateOfBirth),
                sex, ethnicity, givenNames.toLowerCase() + "." + familyName.toLowerCase() + "@learner.test", null,
                caseOwner.id().toString(), placement.manager().id().toString(), placement.employer().id().toString(),
                placement.employer().addresses().get(placement.addressIndex()).id().toString(), null);
        ProgrammeInput enrolment = new ProgrammeInput(programme.id().toString(), null, LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 3, 31), 3, null, null);
        Learner learner = learners.create(provider, details, enrolment, ORIGIN);
        if (registration != null) {
            learners.register(provider, learner.id(), registration, ORIGIN);
        }
    }
}
