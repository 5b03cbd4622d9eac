package uk.learnersync.provider.sync.model;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.core.ConditionTimeoutException;

import uk.learnersync.provider.learners.LearnerDetailsInput;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.support.SyncScenario;
import uk.learnersync.testing.Api;

/**
 * Plays a sequence against the product as its users would: the pages' services for the UI channel,
 * the REST API for integrators, trackers requested and approved or rejected, changes of circumstance
 * applied by hand, and the EPA platform's operator switches for faults. One driver serves one
 * provider; each sequence gets a world of its own records in it, so sequences never meet.
 */
final class Driver {

    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(120);
    private static final String REFUSED_TOKEN = "a-token-the-platform-refuses";

    private final Api api;
    private final Api platformAdmin;
    private final LearnerManagement learnerRecords;
    private final ProviderId providerId;
    private final String ukprn;
    private final Map<String, String> connections = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    final String connected;
    final String otherConnected;
    final String unconnected;

    /** The world of one sequence: the product's IDs of the records the model names by index. */
    static final class World {
        final List<String> programmes = new ArrayList<>();
        final List<String> caseOwners = new ArrayList<>();
        final List<String> employers = new ArrayList<>();
        final List<String> addresses = new ArrayList<>();
        final List<String> managers = new ArrayList<>();
        final List<String> learners = new ArrayList<>();
    }

    Driver(Api api, Api platformAdmin, LearnerManagement learnerRecords, String providerId, String ukprn,
           String connected, String otherConnected, String unconnected) {
        this.api = api;
        this.platformAdmin = platformAdmin;
        this.learnerRecords = learnerRecords;
        this.providerId = new ProviderId(UUID.fromString(providerId));
        this.ukprn = ukprn;
        this.connected = connected;
        this.otherConnected = otherConnected;
        this.unconnected = unconnected;
    }

    /** Connects the provider to the two connected EPAOs' platforms, once. */
    void connect(String platformBaseUrl) {
        for (String epao : List.of(connected, otherConnected)) {
            int status = platformAdmin.post("/admin/organisations", Map.of("epaoId", epao, "name", "Assessor " + epao))
                    .status();
            if (status != 200 && status != 201) {
                throw new IllegalStateException("The platform refused organisation " + epao + ": " + status);
            }
            String token = (String) platformAdmin.post("/admin/organisations/" + epao + "/connections",
                    Map.of("providerUkprn", ukprn)).expect(201).body().get("apiToken");
            tokens.put(epao, token);
            connections.put(epao, api.post("/api/v1/epa-connections", Map.of("epaoId", epao,
                    "baseUrl", platformBaseUrl, "apiToken", token)).expect(201).id());
        }
    }

    /** Creates the records the model starts from: four programmes, two case owners, two employers, three managers, the learners. */
    World world(ReferenceModel model) {
        World world = new World();
        for (ReferenceModel.Programme programme : model.programmes) {
            world.programmes.add(api.post("/api/v1/programmes", Map.of("name", "Software developer",
                    "standardCode", 2, "standardReference", "ST0116", "standardVersion", programme.version,
                    "options", programme.options, "epaoId", programme.epao)).expect(201).id());
        }
        String[] givenNames = {"Tess", "Tom"};
        for (int i = 0; i < model.caseOwnerNames.length; i++) {
            world.caseOwners.add(api.post("/api/v1/case-owners", Map.of("givenName", givenNames[i],
                    "familyName", model.caseOwnerNames[i], "email", givenNames[i].toLowerCase() + "@provider.test",
                    "phone", "01632 960001")).expect(201).id());
        }
        for (int employer = 0; employer < model.employerNames.length; employer++) {
            List<Map<String, Object>> sites = new ArrayList<>();
            for (int address = 0; address < model.addressLines.length; address++) {
                if (model.addressEmployer[address] == employer) {
                    sites.add(Map.of("line1", model.addressLines[address], "town", "Leeds",
                            "postcode", model.addressPostcodes[address]));
                }
            }
            Map<String, Object> created = api.post("/api/v1/employers", Map.of("name", model.employerNames[employer],
                    "addresses", sites)).expect(201).body();
            world.employers.add((String) created.get("id"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> addresses = (List<Map<String, Object>>) created.get("addresses");
            addresses.forEach(address -> world.addresses.add((String) address.get("id")));
        }
        for (int manager = 0; manager < model.managerNames.length; manager++) {
            world.managers.add(api.post("/api/v1/managers", Map.of("givenName", model.managerNames[manager],
                    "familyName", "Manager", "email", model.managerNames[manager].toLowerCase() + "@employer.test",
                    "phone", model.managerPhones[manager],
                    "employerId", world.employers.get(model.managerEmployer[manager]))).expect(201).id());
        }
        for (ReferenceModel.Learner learner : model.learners) {
            Map<String, Object> body = new HashMap<>(Map.of("uln", SyncScenario.nextUln(), "givenNames", "Ada",
                    "familyName", learner.familyName, "dateOfBirth", "2004-12-10", "sex", learner.sex, "ethnicity", 31,
                    "email", "ada@learner.test", "caseOwnerId", world.caseOwners.get(learner.caseOwner)));
            body.put("employerId", world.employers.get(model.addressEmployer[learner.address]));
            body.put("employerAddressId", world.addresses.get(learner.address));
            body.put("managerId", world.managers.get(learner.manager));
            body.put("programme", Map.of("programmeId", world.programmes.get(learner.programme),
                    "startDate", learner.startDate.toString(), "plannedEndDate", learner.plannedEndDate.toString()));
            world.learners.add(api.post("/api/v1/learners", body).expect(201).id());
        }
        return world;
    }

    /** Makes the change; the answer's status, which the runner checks is a success. */
    int perform(World world, ReferenceModel model, Op op) {
        if (op instanceof Op.Register register) {
            return api.post(learner(world, register.learner()) + "/epa-registration",
                    register.connected() ? Map.of() : Map.of("mode", "MANUAL")).status();
        }
        if (op instanceof Op.ChangeFamilyName change) {
            return changeDetails(world, change.learner(), change.via(), Map.of("familyName", change.familyName()));
        }
        if (op instanceof Op.ChangeSex change) {
            return changeDetails(world, change.learner(), change.via(), Map.of("sex", change.sex()));
        }
        if (op instanceof Op.ReplaceCaseOwner replace) {
            return changeDetails(world, replace.learner(), replace.via(),
                    Map.of("caseOwnerId", world.caseOwners.get(replace.caseOwner())));
        }
        if (op instanceof Op.ReplaceWorkplace replace) {
            return api.patch(learner(world, replace.learner()), Map.of(
                    "employerId", world.employers.get(model.addressEmployer[replace.address()]),
                    "employerAddressId", world.addresses.get(replace.address()),
                    "managerId", world.managers.get(replace.manager()))).status();
        }
        if (op instanceof Op.ChangeCaseOwner change) {
            return api.patch("/api/v1/case-owners/" + world.caseOwners.get(change.caseOwner()),
                    Map.of("familyName", change.familyName())).status();
        }
        if (op instanceof Op.ChangeManager change) {
            return api.patch("/api/v1/managers/" + world.managers.get(change.manager()),
                    Map.of("phone", change.phone())).status();
        }
        if (op instanceof Op.RenameEmployer rename) {
            return api.patch("/api/v1/employers/" + world.employers.get(rename.employer()),
                    Map.of("name", rename.name())).status();
        }
        if (op instanceof Op.ChangeAddress change) {
            return api.patch("/api/v1/employers/" + world.employers.get(model.addressEmployer[change.address()])
                    + "/addresses/" + world.addresses.get(change.address()), Map.of("line1", change.line1())).status();
        }
        if (op instanceof Op.ChangePlannedEndDate change) {
            return changePlannedEndDate(world, change);
        }
        if (op instanceof Op.MoveProgramme move) {
            Map<String, Object> patch = new HashMap<>(Map.of("programmeId", world.programmes.get(move.programme())));
            // A JSON null clears the option; an absent one would keep it on the same programme.
            patch.put("option", move.option());
            return api.patch(learner(world, move.learner()) + "/programme", patch).status();
        }
        if (op instanceof Op.MoveEpao move) {
            return api.patch(learner(world, move.learner()) + "/programme", Map.of("epaoId", move.epao())).status();
        }
        if (op instanceof Op.Circumstance circumstance) {
            return circumstance(world, circumstance);
        }
        if (op instanceof Op.ChangeOfProgramme change) {
            Map<String, Object> current = api.get(learner(world, change.learner())).expect(200).body();
            String start = LocalDate.parse((String) programme(current).get("startDate")).plusDays(1).toString();
            return change(world, change.learner(), "CHANGE_OF_PROGRAMME", start, Map.of(
                    "programmeId", world.programmes.get(change.programme()), "startDate", start,
                    "plannedEndDate", programme(current).get("plannedEndDate")), change.manual(), true);
        }
        if (op instanceof Op.ChangeOfEmployer change) {
            return change(world, change.learner(), "CHANGE_OF_EMPLOYER", dayAfterStart(world, change.learner()), Map.of(
                    "employerId", world.employers.get(model.addressEmployer[change.address()]),
                    "employerAddressId", world.addresses.get(change.address()),
                    "managerId", world.managers.get(change.manager())), change.manual(), true);
        }
        if (op instanceof Op.ChangeOfPersonalDetails change) {
            return change(world, change.learner(), "CHANGE_OF_PERSONAL_DETAILS", dayAfterStart(world, change.learner()),
                    Map.of("familyName", change.familyName()), false, change.approved());
        }
        if (op instanceof Op.ChangeStandardVersion change) {
            return api.patch("/api/v1/programmes/" + world.programmes.get(change.programme()),
                    Map.of("standardVersion", change.version())).status();
        }
        if (op instanceof Op.ChangeProgrammeEpao change) {
            return api.patch("/api/v1/programmes/" + world.programmes.get(change.programme()),
                    Map.of("epaoId", change.epao())).status();
        }
        if (op instanceof Op.Fault fault) {
            return fault(fault.mode());
        }
        if (op instanceof Op.BreakToken token) {
            return replaceToken(token.epao(), REFUSED_TOKEN);
        }
        Op.RestoreToken token = (Op.RestoreToken) op;
        return replaceToken(token.epao(), tokens.get(token.epao()));
    }

    /**
     * Ends every fault and restores every token, then waits until the platforms have been told
     * everything; a blocked change is retried, as a person would once the platform takes it again.
     */
    Map<String, Object> settle(World world) {
        fault("NONE");
        tokens.keySet().forEach(epao -> replaceToken(epao, tokens.get(epao)));
        AtomicReference<Map<String, Object>> status = new AtomicReference<>(Map.of());
        try {
            await().atMost(SETTLE_TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
                status.set(api.get("/api/v1/sync/status").expect(200).body());
                if (number(status.get(), "blocked") > 0) {
                    retryBlocked(world);
                    return false;
                }
                return number(status.get(), "pending") == 0 && number(status.get(), "retrying") == 0;
            });
            return status.get();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The provider's sync did not settle within " + SETTLE_TIMEOUT + ": " + status.get()
                    + "\n  connections: " + api.get("/api/v1/epa-connections").expect(200).items()
                    + "\n  unfinished: " + unfinished(world), e);
        }
    }

    /** The world's learners' sync-log entries still to be delivered, for a failure to show. */
    private List<String> unfinished(World world) {
        List<String> unfinished = new ArrayList<>();
        for (String learner : world.learners) {
            api.get("/api/v1/learners/" + learner + "/sync-log").expect(200).items().stream()
                    .filter(entry -> List.of("PENDING", "RETRYING", "BLOCKED").contains(entry.get("status")))
                    .forEach(entry -> unfinished.add(entry.get("id") + " " + entry.get("ruleId") + " "
                            + entry.get("action") + " " + entry.get("status") + " attempts=" + entry.get("attempts")
                            + " at " + entry.get("epaoId") + ": " + entry.get("lastError")));
        }
        return unfinished;
    }

    /** The learner's records at each connected EPAO's platform, read as the model writes them. */
    List<String> platformRecords(World world, int learner) {
        String uln = (String) api.get(learner(world, learner)).expect(200).body().get("uln");
        List<String> described = new ArrayList<>();
        for (String epao : List.of(connected, otherConnected)) {
            platformAdmin.get("/admin/organisations/" + epao + "/apprentices?uln=" + uln).expect(200).items().stream()
                    .filter(record -> ukprn.equals(record.get("providerUkprn")))
                    .forEach(record -> described.add(describe(epao, record)));
        }
        described.sort(null);
        return described;
    }

    /** The sync log entries of the world's learners that ended refused, for the runner to report. */
    List<String> refusals(World world) {
        List<String> refused = new ArrayList<>();
        for (String learner : world.learners) {
            api.get("/api/v1/learners/" + learner + "/sync-log").expect(200).items().stream()
                    .filter(entry -> "REFUSED".equals(entry.get("status")))
                    .forEach(entry -> refused.add(entry.get("ruleId") + " " + entry.get("action") + ": " + entry.get("reason")));
        }
        return refused;
    }

    @SuppressWarnings("unchecked")
    private static String describe(String epao, Map<String, Object> record) {
        Map<String, Object> employer = (Map<String, Object>) record.get("employer");
        Map<String, Object> address = (Map<String, Object>) employer.get("address");
        Map<String, Object> contact = (Map<String, Object>) record.get("employerContact");
        Map<String, Object> tutor = (Map<String, Object>) record.get("tutor");
        List<Map<String, Object>> programmes = (List<Map<String, Object>>) record.get("programmes");
        Map<String, Object> active = programmes.stream().filter(programme -> "ACTIVE".equals(programme.get("status")))
                .findFirst().orElseThrow();
        List<Object> circumstances = ((List<Map<String, Object>>) record.get("circumstances")).stream()
                .map(circumstance -> circumstance.get("type")).toList();
        return String.join(" | ", "epao=" + epao, "status=" + record.get("status"),
                "familyName=" + record.get("familyName"), "sex=" + record.get("sex"),
                "employer=" + employer.get("name"), "address=" + address.get("line1") + ", " + address.get("postcode"),
                "contact=" + contact.get("givenName") + " " + contact.get("phone"), "tutor=" + tutor.get("familyName"),
                "programme=" + active.get("standardVersion") + "/" + active.get("option") + "/" + active.get("startDate")
                        + "/" + active.get("plannedEndDate"),
                "programmes=" + programmes.size(), "circumstances=" + circumstances);
    }

    private int changeDetails(World world, int learner, Op.Via via, Map<String, String> fields) {
        if (via == Op.Via.API) {
            return api.patch(learner(world, learner), fields).status();
        }
        learnerRecords.changeDetails(providerId, learnerId(world, learner), current -> new LearnerDetailsInput(
                current.uln(), current.givenNames(), fields.getOrDefault("familyName", current.familyName()),
                current.dateOfBirth(), fields.getOrDefault("sex", current.sex()), current.ethnicity(), current.email(),
                current.learnRefNumber(), fields.getOrDefault("caseOwnerId", current.caseOwnerId()),
                current.managerId(), current.employerId(), current.employerAddressId(), current.agreemId()),
                new ChangeOrigin("user:model-test", Channel.UI));
        return 200;
    }

    private int changePlannedEndDate(World world, Op.ChangePlannedEndDate change) {
        if (change.via() == Op.Via.API) {
            return api.patch(learner(world, change.learner()) + "/programme",
                    Map.of("plannedEndDate", change.plannedEndDate().toString())).status();
        }
        LearnerId id = learnerId(world, change.learner());
        var current = learnerRecords.get(providerId, id).enrolment();
        learnerRecords.editProgrammeDetails(providerId, id, current.startDate(), change.plannedEndDate(),
                current.epaPeriodMonths(), new ChangeOrigin("user:model-test", Channel.UI));
        return 200;
    }

    private int circumstance(World world, Op.Circumstance circumstance) {
        Map<String, Object> current = api.get(learner(world, circumstance.learner())).expect(200).body();
        String effective = LocalDate.parse((String) programme(current).get("startDate")).plusDays(1).toString();
        return switch (circumstance.kind()) {
            case BREAK -> change(world, circumstance.learner(), "BREAK_IN_LEARNING", effective, Map.of(),
                    circumstance.manual(), true);
            case RETURN -> change(world, circumstance.learner(), "RETURN_TO_LEARNING", effective, Map.of("plannedEndDate",
                    LocalDate.parse((String) programme(current).get("plannedEndDate")).plusDays(30).toString()),
                    circumstance.manual(), true);
            case WITHDRAWAL -> change(world, circumstance.learner(), "WITHDRAWAL", effective,
                    Map.of("withdrawReason", 3), circumstance.manual(), true);
        };
    }

    /** Applies a change of circumstance by hand, or raises the tracker and approves or rejects it. */
    private int change(World world, int learner, String type, String effectiveDate, Map<String, Object> details,
                       boolean manual, boolean approved) {
        if (manual) {
            return api.post(learner(world, learner) + "/circumstances", Map.of("type", type,
                    "effectiveDate", effectiveDate, "details", details)).status();
        }
        Api.Response requested = api.post("/api/v1/automations", Map.of("type", type,
                "learnerId", world.learners.get(learner), "effectiveDate", effectiveDate, "details", details));
        if (requested.status() != 201) {
            return requested.status();
        }
        String automation = "/api/v1/automations/" + requested.id();
        return approved
                ? api.post(automation + "/approve", Map.of()).status()
                : api.post(automation + "/reject", Map.of("reason", "Not evidenced")).status();
    }

    private String dayAfterStart(World world, int learner) {
        Map<String, Object> current = api.get(learner(world, learner)).expect(200).body();
        return LocalDate.parse((String) programme(current).get("startDate")).plusDays(1).toString();
    }

    private int fault(String mode) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("mode", mode, "providerUkprn", ukprn));
        if (mode.equals("ERRORS")) {
            body.put("errorRate", 0.3);
        } else if (mode.equals("SLOW")) {
            body.put("delayMs", 700);
        }
        return platformAdmin.put("/admin/faults", body).status();
    }

    private int replaceToken(String epao, String token) {
        return api.put("/api/v1/epa-connections/" + connections.get(epao) + "/token", Map.of("apiToken", token))
                .status();
    }

    private void retryBlocked(World world) {
        for (String learner : world.learners) {
            api.get("/api/v1/learners/" + learner + "/sync-log").expect(200).items().stream()
                    .filter(entry -> "BLOCKED".equals(entry.get("status")))
                    .forEach(entry -> api.post("/api/v1/sync/tasks/" + entry.get("id") + "/retry", Map.of()));
        }
    }

    private static String learner(World world, int learner) {
        return "/api/v1/learners/" + world.learners.get(learner);
    }

    private static LearnerId learnerId(World world, int learner) {
        return new LearnerId(UUID.fromString(world.learners.get(learner)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> programme(Map<String, Object> learner) {
        return (Map<String, Object>) learner.get("programme");
    }

    private static long number(Map<String, Object> status, String key) {
        return ((Number) status.get(key)).longValue();
    }
}
