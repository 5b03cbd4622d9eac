package uk.learnersync.provider.web.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.learnersync.provider.automations.AutomationStatus;
import uk.learnersync.provider.automations.AutomationManagement;
import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerAddress;
import uk.learnersync.provider.employers.EmployerManagement;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.employers.ManagerManagement;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.epa.Epaos;
import uk.learnersync.provider.learners.Ethnicity;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerDetailsInput;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.learners.LearnerSearch;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.learners.Sex;
import uk.learnersync.provider.programmes.Programmes;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.staff.CaseOwner;
import uk.learnersync.provider.staff.CaseOwnerManagement;
import uk.learnersync.provider.sync.SyncLog;
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.tenancy.CurrentProvider;

/**
 * The learners: the list with search, filters and paging, and each learner's record with its ILR
 * personal details, links, EPA registration and sync timeline. Every change here has the channel UI.
 */
@Controller
@RequestMapping("/learners")
class LearnerPages {

    static final int PAGE_SIZE = 25;

    static final Map<String, String> DETAILS_LABELS = Form.labels("uln", "ULN", "givenNames", "Given names",
            "familyName", "Family name", "dateOfBirth", "Date of birth", "sex", "Gender", "ethnicity", "Ethnicity",
            "email", "Email address", "learnRefNumber", "Learner reference");

    static final Map<String, String> LINK_LABELS = Form.labels("caseOwnerId", "Case owner",
            "employerAddressId", "Employer and workplace", "managerId", "Manager");

    /** What the sync filter of the list offers, and the task states each means. */
    private static final Map<String, Set<TaskStatus>> SYNC_FILTERS = Map.of(
            "PENDING", Set.of(TaskStatus.PENDING, TaskStatus.RETRYING), "BLOCKED", Set.of(TaskStatus.BLOCKED));

    private final LearnerManagement learners;
    private final CaseOwnerManagement caseOwners;
    private final EmployerManagement employers;
    private final ManagerManagement managers;
    private final Programmes programmes;
    private final Epaos epaos;
    private final EpaConnections connections;
    private final SyncLog syncLog;
    private final AutomationManagement automations;
    private final SentSummary sentSummary;
    private final People people;
    private final GovukFormat govuk;
    private final CurrentProvider provider;

    LearnerPages(LearnerManagement learners, CaseOwnerManagement caseOwners, EmployerManagement employers,
                 ManagerManagement managers, Programmes programmes, Epaos epaos, EpaConnections connections,
                 SyncLog syncLog, AutomationManagement automations, SentSummary sentSummary, People people,
                 GovukFormat govuk, CurrentProvider provider) {
        this.learners = learners;
        this.caseOwners = caseOwners;
        this.employers = employers;
        this.managers = managers;
        this.programmes = programmes;
        this.epaos = epaos;
        this.connections = connections;
        this.syncLog = syncLog;
        this.automations = automations;
        this.sentSummary = sentSummary;
        this.people = people;
        this.govuk = govuk;
        this.provider = provider;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String registration,
                @RequestParam(required = false) String sync, @RequestParam(defaultValue = "1") int page, Model model) {
        String query = q == null ? "" : q.strip();
        RegistrationMode mode = Arrays.stream(RegistrationMode.values())
                .filter(value -> value.name().equals(registration)).findFirst().orElse(null);
        Set<TaskStatus> syncStates = sync == null ? null : SYNC_FILTERS.get(sync);
        int pageNumber = Math.max(page, 1);
        boolean byUln = query.matches("[0-9]{10}");
        Set<LearnerId> among = syncStates == null ? null : syncLog.learnersWith(provider.id(), syncStates);
        List<Learner> found = learners.search(provider.id(), search(byUln, query, pageNumber - 1, PAGE_SIZE)
                .narrowedTo(mode, among));
        // The first learner of the next page, if any, tells whether there is one, without counting them all.
        boolean hasNext = found.size() == PAGE_SIZE && !learners.search(provider.id(),
                search(byUln, query, pageNumber * PAGE_SIZE, 1).narrowedTo(mode, among)).isEmpty();
        model.addAttribute("learners", found);
        model.addAttribute("hasNext", hasNext);
        model.addAttribute("page", pageNumber);
        model.addAttribute("q", query);
        model.addAttribute("registration", mode == null ? "" : mode.name());
        model.addAttribute("sync", syncStates == null ? "" : sync);
        model.addAttribute("modes", RegistrationMode.values());
        return "learners/list";
    }

    private static LearnerSearch search(boolean byUln, String query, int page, int size) {
        FieldChecks checks = new FieldChecks();
        LearnerSearch search = LearnerSearch.of(checks, byUln ? query : null, null, byUln ? null : query, page, size);
        checks.throwIfAny();
        return search;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        return record(learner, linksForm(learner), model);
    }

    /** Personal details are changed on a page of their own, reached from the record's Change links. */
    @GetMapping("/{id}/details")
    String details(@PathVariable UUID id, Model model) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        return detailsPage(learner, detailsForm(learner), model);
    }

    @PostMapping("/{id}/details")
    String changeDetails(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Model model,
                         RedirectAttributes redirect) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        Form form = Form.posted(DETAILS_LABELS, parameters);
        try {
            learners.changeDetails(provider.id(), learner.id(), current -> new LearnerDetailsInput(
                    form.merged("uln", current.uln()), form.merged("givenNames", current.givenNames()),
                    form.merged("familyName", current.familyName()),
                    form.mergedDate("dateOfBirth", current.dateOfBirth()), form.merged("sex", current.sex()),
                    form.mergedNumber("ethnicity", current.ethnicity()), form.merged("email", current.email()),
                    current.learnRefNumber(), current.caseOwnerId(), current.managerId(), current.employerId(),
                    current.employerAddressId(), current.agreemId()),
                    provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return detailsPage(learner, form.reject(e), model);
        }
        redirect.addFlashAttribute("success", "Personal details saved");
        return "redirect:/learners/" + id;
    }

    @PostMapping("/{id}/links")
    String changeLinks(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Model model,
                       RedirectAttributes redirect) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        Form form = Form.posted(LINK_LABELS, parameters);
        List<Employer> allEmployers = employers.list(provider.id(), null);
        List<Manager> allManagers = managers.list(provider.id(), null);
        try {
            learners.changeDetails(provider.id(), learner.id(), current -> {
                String addressId = form.merged("employerAddressId", current.employerAddressId());
                String managerId = form.merged("managerId", current.managerId());
                // The employer follows the workplace or manager the person chose, and else stays as it is.
                String employerId = form.changed("employerAddressId") || form.changed("managerId")
                        ? employerOf(allEmployers, allManagers, addressId, managerId) : current.employerId();
                return new LearnerDetailsInput(current.uln(), current.givenNames(), current.familyName(),
                        current.dateOfBirth(), current.sex(), current.ethnicity(), current.email(),
                        current.learnRefNumber(), form.merged("caseOwnerId", current.caseOwnerId()), managerId,
                        employerId, addressId,
                        // The Apprenticeship Service agreement is the employer's: another employer's is not known here.
                        Objects.equals(employerId, current.employerId()) ? current.agreemId() : null);
            }, provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            // The employer is chosen with its workplace, so what is wrong with it belongs there.
            return record(learner, form.reject(new InvalidInputException(e.errors().stream()
                    .map(error -> error.field().equals("employerId")
                            ? new FieldError("employerAddressId", error.message()) : error)
                    .toList())), model);
        }
        redirect.addFlashAttribute("success", "Case owner, manager and employer saved");
        return "redirect:/learners/" + id;
    }

    @PostMapping("/{id}/registration")
    String register(@PathVariable UUID id, @RequestParam(required = false) String mode, RedirectAttributes redirect) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        RegistrationMode requested = RegistrationMode.MANUAL.name().equals(mode) ? RegistrationMode.MANUAL
                : RegistrationMode.CONNECTED;
        try {
            Learner registered = learners.register(provider.id(), learner.id(), requested, provider.origin(Channel.UI));
            redirect.addFlashAttribute("success", registered.registration().isConnected()
                    ? "Registered with " + registered.registration().epaoId() + " through the connection"
                    : "Manual registration with " + registered.registration().epaoId() + " recorded");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/learners/" + id;
    }

    @PostMapping("/{id}/sync/{taskId}/retry")
    String retry(@PathVariable UUID id, @PathVariable long taskId, RedirectAttributes redirect) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        if (!syncLog.task(provider.id(), taskId).task().learnerId().equals(learner.id())) {
            throw new NotFoundException("Sync task", taskId);
        }
        try {
            syncLog.retry(provider.id(), taskId, provider.origin(Channel.UI));
            redirect.addFlashAttribute("success", "The blocked change will be sent again");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/learners/" + id;
    }

    @PostMapping("/{id}/sync/{taskId}/skip")
    String skip(@PathVariable UUID id, @PathVariable long taskId, @RequestParam(required = false) String reason,
                RedirectAttributes redirect) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        if (!syncLog.task(provider.id(), taskId).task().learnerId().equals(learner.id())) {
            throw new NotFoundException("Sync task", taskId);
        }
        try {
            syncLog.skip(provider.id(), taskId, reason, provider.origin(Channel.UI));
            redirect.addFlashAttribute("success", "The blocked change was skipped; the learner's later changes go on");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "Enter the reason for skipping the change: it is kept with the sync log");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/learners/" + id;
    }

    private String detailsPage(Learner learner, Form details, Model model) {
        model.addAttribute("learner", learner);
        model.addAttribute("form", details);
        model.addAttribute("ethnicities", Ethnicity.values());
        model.addAttribute("sexes", Sex.values());
        return "learners/details";
    }

    private String record(Learner learner, Form links, Model model) {
        List<Employer> allEmployers = employers.list(provider.id(), null);
        model.addAttribute("learner", learner);
        model.addAttribute("personalDetails", personalDetails(learner));
        model.addAttribute("links", links);
        model.addAttribute("caseOwners", caseOwners.list(provider.id()));
        model.addAttribute("employers", allEmployers);
        model.addAttribute("managersByEmployer", managers.list(provider.id(), null).stream()
                .collect(Collectors.groupingBy(Manager::employerId)));
        model.addAttribute("linked", linked(learner, allEmployers));
        model.addAttribute("programme", programmes.find(provider.id(), learner.enrolment().programmeId()).orElse(null));
        var epaoId = learner.enrolment().epaoId();
        model.addAttribute("epaoName", epaoId == null ? null : epaos.nameOf(provider.id(), epaoId).orElse(null));
        model.addAttribute("connected", epaoId != null && connections.forEpao(provider.id(), epaoId).isPresent());
        model.addAttribute("timeline", Timeline.of(syncLog.entries(provider.id(), learner.id()), sentSummary));
        model.addAttribute("people", people.names());
        model.addAttribute("platformRecords", syncLog.records(provider.id(), learner.id()));
        // A result read back waits as an EPA outcome for a person to approve into the ILR (TW-2).
        model.addAttribute("epaOutcome", automations.list(provider.id(), AutomationStatus.PENDING, learner.id()).stream()
                .filter(automation -> automation.type() == AutomationType.EPA_OUTCOME).findFirst().orElse(null));
        return "learners/record";
    }

    /** The personal details as the record's summary list shows them, each with its Change link's field. */
    private List<SummaryRow> personalDetails(Learner learner) {
        return List.of(new SummaryRow("uln", learner.uln().value()),
                new SummaryRow("givenNames", learner.givenNames()), new SummaryRow("familyName", learner.familyName()),
                new SummaryRow("dateOfBirth", govuk.date(learner.dateOfBirth())),
                new SummaryRow("sex", learner.sex().description()),
                new SummaryRow("ethnicity", learner.ethnicity().description()), new SummaryRow("email", learner.email()));
    }

    /** A row of a summary list whose Change link goes to the field's input on the edit page. */
    record SummaryRow(String field, String value) {

        public String label() {
            return DETAILS_LABELS.get(field);
        }

        /** The label within "Change …", for screen readers; an initialism such as ULN stays as it is. */
        public String hiddenLabel() {
            return label().equals(label().toUpperCase()) ? label() : label().toLowerCase();
        }

        /** The input the link goes to: a date's day. */
        public String input() {
            return field.equals("dateOfBirth") ? field + "-day" : field;
        }
    }

    /** Who and where the learner is linked to, by name. */
    private Linked linked(Learner learner, List<Employer> allEmployers) {
        CaseOwner caseOwner = learner.caseOwnerId() == null ? null : caseOwners.get(provider.id(), learner.caseOwnerId());
        Manager manager = learner.managerId() == null ? null : managers.get(provider.id(), learner.managerId());
        Employer employer = allEmployers.stream().filter(candidate -> candidate.id().equals(learner.employerId()))
                .findFirst().orElse(null);
        EmployerAddress address = employer == null || learner.employerAddressId() == null ? null
                : employer.address(learner.employerAddressId()).orElse(null);
        return new Linked(caseOwner == null ? null : caseOwner.givenName() + " " + caseOwner.familyName(),
                manager == null ? null : manager.givenName() + " " + manager.familyName(),
                employer == null ? null : employer.name(), address);
    }

    /** The names of the learner's case owner, manager and employer, and the workplace; {@code null} where none. */
    record Linked(String caseOwner, String manager, String employer, EmployerAddress address) {
    }

    /** The employer is the one of the chosen workplace, or else of the chosen manager. */
    static String employerOf(List<Employer> employers, List<Manager> managers, String addressId, String managerId) {
        for (Employer employer : employers) {
            for (EmployerAddress address : employer.addresses()) {
                if (address.id().toString().equals(addressId)) {
                    return employer.id().toString();
                }
            }
        }
        return managers.stream()
                .filter(manager -> manager.id().toString().equals(managerId))
                .map(manager -> manager.employerId().toString())
                .findFirst().orElse(null);
    }

    private static Form detailsForm(Learner learner) {
        return Form.blank(DETAILS_LABELS).with("uln", learner.uln()).with("givenNames", learner.givenNames())
                .with("familyName", learner.familyName()).withDate("dateOfBirth", learner.dateOfBirth())
                .with("sex", learner.sex().name()).with("ethnicity", learner.ethnicity().code())
                .with("email", learner.email());
    }

    private static Form linksForm(Learner learner) {
        return Form.blank(LINK_LABELS).with("caseOwnerId", learner.caseOwnerId())
                .with("employerAddressId", learner.employerAddressId()).with("managerId", learner.managerId());
    }
}
