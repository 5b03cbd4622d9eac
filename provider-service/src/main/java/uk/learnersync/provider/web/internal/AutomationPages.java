package uk.learnersync.provider.web.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.learnersync.provider.automations.Approver;
import uk.learnersync.provider.automations.Automation;
import uk.learnersync.provider.automations.AutomationId;
import uk.learnersync.provider.automations.AutomationRequest;
import uk.learnersync.provider.automations.AutomationSettings;
import uk.learnersync.provider.automations.AutomationStatus;
import uk.learnersync.provider.automations.AutomationManagement;
import uk.learnersync.provider.automations.ImpactPreview;
import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerManagement;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.employers.ManagerManagement;
import uk.learnersync.provider.epa.EpaConnectionManagement;
import uk.learnersync.provider.learners.CircumstanceOutcome.RecordChange;
import uk.learnersync.provider.learners.Ethnicity;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.learners.LearnerStatus;
import uk.learnersync.provider.learners.OutGrade;
import uk.learnersync.provider.learners.Outcome;
import uk.learnersync.provider.learners.Sex;
import uk.learnersync.provider.learners.WithdrawReason;
import uk.learnersync.provider.programmes.ProgrammeManagement;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.sync.SyncLog;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.tenancy.CurrentProvider;

/**
 * Process automations: a request form per tracker type, reached from the learner's record; the
 * approvals inbox; each automation with its history and the impact preview of approving it; and the
 * maker-checker switch. Whether a user may decide is the automations module's judgement of their roles.
 */
@Controller
class AutomationPages {

    /** Fields as the API names them, so the service's field errors land on their inputs. */
    static final Map<String, String> LABELS = Form.labels("type", "Change", "effectiveDate", "Date of the change",
            "details.expectedReturnDate", "Expected return date",
            "details.withdrawReason", "Reason for withdrawal",
            "details.programmeId", "New programme", "details.option", "Option",
            "details.startDate", "Start date on the new programme",
            "details.plannedEndDate", "New planned end date",
            "details.epaoId", "Assessment organisation (EPAO) ID",
            "details.employerAddressId", "Employer and workplace", "details.managerId", "Manager",
            "details.agreemId", "Apprenticeship Service agreement ID (AgreemId)", "reason", "Reason for rejecting");

    static final Map<AutomationType, String> TITLES = new EnumMap<>(Map.of(
            AutomationType.BREAK_IN_LEARNING, "Break in learning",
            AutomationType.RETURN_TO_LEARNING, "Return to learning",
            AutomationType.WITHDRAWAL, "Withdrawal from learning",
            AutomationType.CHANGE_OF_PROGRAMME, "Change of programme",
            AutomationType.CHANGE_OF_EMPLOYER, "Change of employer",
            AutomationType.CHANGE_OF_WORKING_CONDITIONS, "Change of working conditions",
            AutomationType.CHANGE_OF_PERSONAL_DETAILS, "Change of personal details",
            AutomationType.EPA_OUTCOME, "End-point assessment outcome"));

    /**
     * The changes the pages offer to request. A change of personal details with evidence comes through the
     * API (ILR-3), and an EPA outcome only from LearnerSync reading a result back (TW-2).
     */
    static final Set<AutomationType> OFFERED = EnumSet.range(AutomationType.BREAK_IN_LEARNING,
            AutomationType.CHANGE_OF_WORKING_CONDITIONS);

    /** What each request is, for the person deciding on it. */
    private static final Map<AutomationType, String> DESCRIPTIONS = new EnumMap<>(Map.of(
            AutomationType.BREAK_IN_LEARNING, "The learner pauses their learning; the EPA platform is told (CC-1).",
            AutomationType.RETURN_TO_LEARNING, "The learner comes back from a break, with a new planned end date; the "
                    + "EPA platform is told (CC-2).",
            AutomationType.WITHDRAWAL, "The learner leaves the programme; the EPA platform is told (CC-3).",
            AutomationType.CHANGE_OF_PROGRAMME, "The learner moves to another programme or option; the EPA platform "
                    + "stops the old one and starts the new (CC-4, PC-1 to PC-5).",
            AutomationType.CHANGE_OF_EMPLOYER, "The learner works for another employer, at one of its workplaces, "
                    + "with one of its managers (EM-5, MG-5).",
            AutomationType.CHANGE_OF_WORKING_CONDITIONS, "The learner moves to another of their employer's "
                    + "workplaces, or has another manager there (EM-6, MG-6).",
            AutomationType.CHANGE_OF_PERSONAL_DETAILS, "A change of the learner's personal details with evidence, such "
                    + "as a new name, requested through the API; approving applies it and sends it to the EPA "
                    + "platform (ILR-3).",
            AutomationType.EPA_OUTCOME, "Raised by LearnerSync when the EPA platform reported the end-point "
                    + "assessment's result. Approving records the learner's completion in the ILR as shown; rejecting "
                    + "leaves the ILR as it is (TW-2)."));

    private static final String DATE_FIELDS_HINT = "For example, 5 1 2026";
    private static final Pattern LEARNER_STATUS = Pattern.compile("\\b(" + Arrays.stream(LearnerStatus.values())
            .map(Enum::name).collect(Collectors.joining("|")) + ")\\b");

    /** The learner's fields a change names, as staff call them, with the ILR's name where it has one. */
    private static final Map<String, String> RECORD_FIELDS = Map.ofEntries(
            Map.entry("status", "Status"), Map.entry("compStatus", "Completion status (ILR CompStatus)"),
            Map.entry("withdrawReason", "Reason for withdrawal (ILR WithdrawReason)"),
            Map.entry("learnActEndDate", "Actual end date (ILR LearnActEndDate)"),
            Map.entry("outcome", "Outcome (ILR Outcome)"), Map.entry("achievementDate", "Achievement date (ILR AchDate)"),
            Map.entry("outGrade", "Grade (ILR OutGrade)"), Map.entry("grade", "Grade on the EPA platform"),
            Map.entry("assessmentDate", "Assessment date"),
            Map.entry("givenNames", "Given names"), Map.entry("familyName", "Family name"),
            Map.entry("dateOfBirth", "Date of birth"), Map.entry("sex", "Gender"), Map.entry("ethnicity", "Ethnicity"),
            Map.entry("email", "Email address"),
            Map.entry("programme.programmeId", "Programme"), Map.entry("programme.option", "Option"),
            Map.entry("programme.startDate", "Programme start date"),
            Map.entry("programme.plannedEndDate", "Planned end date"),
            Map.entry("programme.epaoId", "Assessment organisation (EPAO)"), Map.entry("employerId", "Employer"),
            Map.entry("employerAddressId", "Workplace"), Map.entry("managerId", "Manager"),
            Map.entry("agreemId", "Apprenticeship Service agreement (ILR AgreemId)"),
            Map.entry("epaRegistration.mode", "EPA registration"),
            Map.entry("epaRegistration.epaoId", "Registered with (EPAO)"),
            Map.entry("epaRegistration.connectionId", "Registered through"));

    /** ILR CompStatus codes in words. */
    private static final Map<String, String> COMP_STATUSES = Map.of("1", "Continuing", "2", "Completed",
            "3", "Withdrawn", "6", "Break in learning");

    private static final Map<String, String> REGISTRATION_MODES = Map.of("NONE", "Not registered",
            "CONNECTED", "Registered through a connection", "MANUAL", "Registered manually");

    private final AutomationManagement automations;
    private final LearnerManagement learners;
    private final ProgrammeManagement programmes;
    private final EmployerManagement employers;
    private final ManagerManagement managers;
    private final GovukFormat govuk;
    private final EpaConnectionManagement connections;
    private final SyncLog syncLog;
    private final SentSummary sentSummary;
    private final People people;
    private final CurrentProvider provider;

    AutomationPages(AutomationManagement automations, LearnerManagement learners, ProgrammeManagement programmes,
                    EmployerManagement employers, ManagerManagement managers, GovukFormat govuk,
                    EpaConnectionManagement connections, SyncLog syncLog, SentSummary sentSummary, People people,
                    CurrentProvider provider) {
        this.govuk = govuk;
        this.connections = connections;
        this.syncLog = syncLog;
        this.sentSummary = sentSummary;
        this.people = people;
        this.automations = automations;
        this.learners = learners;
        this.programmes = programmes;
        this.employers = employers;
        this.managers = managers;
        this.provider = provider;
    }

    /** The change to request is chosen first, with no option chosen for the person; then its own form. */
    @GetMapping("/learners/{id}/automations/new")
    String blank(@PathVariable UUID id, @RequestParam(required = false) String type,
                 @RequestParam(required = false) String choosing, Model model) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        AutomationType chosen = OFFERED.stream().filter(value -> value.name().equals(type)).findFirst().orElse(null);
        Form form = Form.blank(LABELS);
        if (chosen == null && choosing != null) {
            form.rejectWith("type", "Select the change to request");
        }
        return requestForm(learner, chosen, form, model);
    }

    @PostMapping("/learners/{id}/automations/{type}")
    String request(@PathVariable UUID id, @PathVariable AutomationType type, @RequestParam Map<String, String> parameters,
                   Model model, RedirectAttributes redirect) {
        if (!OFFERED.contains(type)) {
            throw new NotFoundException("Request form", type);
        }
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        Form form = Form.posted(LABELS, parameters);
        LocalDate effectiveDate = form.date("effectiveDate");
        Map<String, Object> details = details(type, form);
        if (type == AutomationType.CHANGE_OF_EMPLOYER) {
            put(details, "employerId", LearnerPages.employerOf(employers.list(provider.id(), null),
                    managers.list(provider.id(), null), form.text("details.employerAddressId"),
                    form.text("details.managerId")));
        }
        Automation requested;
        try {
            requested = automations.request(provider.id(), new AutomationRequest(type.name(), id.toString(),
                    effectiveDate, details), provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            rejectAll(form, e);
            return requestForm(learner, type, form, model);
        }
        redirect.addFlashAttribute("success", TITLES.get(type) + " requested: it waits for an approver");
        return "redirect:/automations/" + requested.id();
    }

    @GetMapping("/automations")
    String inbox(@RequestParam(required = false) String status, Model model) {
        AutomationStatus filter = Arrays.stream(AutomationStatus.values())
                .filter(value -> value.name().equals(status)).findFirst().orElse(null);
        List<Automation> found = automations.list(provider.id(), filter, null).stream()
                .sorted(Comparator.comparing(automation -> automation.status() != AutomationStatus.PENDING))
                .toList();
        Map<LearnerId, String> names = new HashMap<>();
        found.forEach(automation -> names.computeIfAbsent(automation.learnerId(), this::learnerName));
        model.addAttribute("automations", found);
        model.addAttribute("learnerNames", names);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statuses", AutomationStatus.values());
        model.addAttribute("titles", TITLES);
        model.addAttribute("people", people.names());
        return "automations/list";
    }

    @GetMapping("/automations/{id}")
    String show(@PathVariable UUID id, Model model) {
        return automationPage(automations.get(provider.id(), new AutomationId(id)), Form.blank(LABELS), null, model);
    }

    @PostMapping("/automations/{id}/approve")
    String approve(@PathVariable UUID id, Authentication authentication, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        Automation automation = automations.get(provider.id(), new AutomationId(id));
        if (automations.barredByMakerChecker(provider.id(), automation, approver(authentication))) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return automationPage(automation, Form.blank(LABELS), "You requested this change, so you cannot approve "
                    + "it: maker-checker is on, and another approver must approve it.", model);
        }
        try {
            automations.approve(provider.id(), automation.id(), approver(authentication));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return automationPage(automations.get(provider.id(), automation.id()), Form.blank(LABELS), e.getMessage(),
                    model);
        }
        redirect.addFlashAttribute("success", TITLES.get(automation.type()) + " approved and applied");
        return "redirect:/automations/" + id;
    }

    @PostMapping("/automations/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Authentication authentication,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Automation automation = automations.get(provider.id(), new AutomationId(id));
        Form form = Form.posted(LABELS, parameters);
        try {
            automations.reject(provider.id(), automation.id(), form.text("reason"), approver(authentication));
        } catch (InvalidInputException e) {
            return automationPage(automation, form.reject(e), null, model);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return automationPage(automations.get(provider.id(), automation.id()), form, e.getMessage(), model);
        }
        redirect.addFlashAttribute("success", TITLES.get(automation.type()) + " rejected: nothing was applied or sent");
        return "redirect:/automations/" + id;
    }

    @GetMapping("/admin/approvals")
    String settings(Model model) {
        model.addAttribute("settings", automations.settings(provider.id()));
        return "admin/approvals";
    }

    @PostMapping("/admin/approvals")
    String changeSettings(@RequestParam(required = false) String makerChecker, RedirectAttributes redirect) {
        boolean on = "on".equals(makerChecker);
        automations.changeSettings(provider.id(), new AutomationSettings(on), provider.origin(Channel.UI));
        redirect.addFlashAttribute("success", on ? "Maker-checker is on: nobody approves their own request"
                : "Maker-checker is off");
        return "redirect:/admin/approvals";
    }

    private Approver approver(Authentication authentication) {
        return StaffAccess.of(authentication).approver(provider.origin(Channel.UI));
    }

    /**
     * The details of the type as the service reads them. A date or number that is not one is passed on
     * as typed, so that the service refuses it too and nothing is stored; the page's message is kept.
     */
    private static Map<String, Object> details(AutomationType type, Form form) {
        Map<String, Object> details = new LinkedHashMap<>();
        switch (type) {
            case BREAK_IN_LEARNING -> putDate(details, form, "expectedReturnDate");
            case RETURN_TO_LEARNING -> putDate(details, form, "plannedEndDate");
            case WITHDRAWAL -> {
                Integer reason = form.number("details.withdrawReason");
                put(details, "withdrawReason", form.hasError("details.withdrawReason")
                        ? form.text("details.withdrawReason") : reason);
            }
            case CHANGE_OF_PROGRAMME -> {
                put(details, "programmeId", form.text("details.programmeId"));
                put(details, "option", form.text("details.option"));
                putDate(details, form, "startDate");
                putDate(details, form, "plannedEndDate");
                put(details, "epaoId", form.text("details.epaoId"));
            }
            case CHANGE_OF_EMPLOYER -> {
                put(details, "employerAddressId", form.text("details.employerAddressId"));
                put(details, "managerId", form.text("details.managerId"));
                put(details, "agreemId", form.text("details.agreemId"));
            }
            case CHANGE_OF_WORKING_CONDITIONS -> {
                put(details, "employerAddressId", form.text("details.employerAddressId"));
                put(details, "managerId", form.text("details.managerId"));
            }
        }
        return details;
    }

    private static void putDate(Map<String, Object> details, Form form, String name) {
        String field = "details." + name;
        LocalDate date = form.date(field);
        put(details, name, form.hasError(field) ? form.value(field + "-day") + "/" + form.value(field + "-month")
                + "/" + form.value(field + "-year") : date);
    }

    /** Only what was given: an absent detail is missing, not {@code null}. */
    private static void put(Map<String, Object> details, String name, Object value) {
        if (value != null) {
            details.put(name, value instanceof LocalDate date ? date.toString() : value);
        }
    }

    /**
     * Puts each refusal beside its field. A refusal of the whole change (the learner's state) or of the
     * employer (chosen with its workplace) is a sentence of its own.
     */
    private static void rejectAll(Form form, InvalidInputException refusal) {
        for (FieldError error : refusal.errors()) {
            switch (error.field()) {
                case "type" -> form.rejectWith("type", sentence(error.message()));
                case "details" -> form.rejectWith("details.employerAddressId",
                        "Choose a new workplace, a new manager, or both");
                case "details.employerId" -> form.reject("details.employerAddressId", error.message());
                default -> form.reject(error.field(), error.message());
            }
        }
    }

    /** A refusal of the whole change as a sentence, a learner's status in words (ON_BREAK as "on break"). */
    private static String sentence(String message) {
        String words = LEARNER_STATUS.matcher(message).replaceAll(match -> match.group().replace('_', ' ').toLowerCase());
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String requestForm(Learner learner, AutomationType type, Form form, Model model) {
        List<Employer> allEmployers = employers.list(provider.id(), null);
        model.addAttribute("learner", learner);
        model.addAttribute("type", type);
        model.addAttribute("form", form);
        model.addAttribute("titles", TITLES);
        model.addAttribute("offered", OFFERED);
        model.addAttribute("dateHint", DATE_FIELDS_HINT);
        model.addAttribute("withdrawReasons", WithdrawReason.values());
        model.addAttribute("programmes", programmes.list(provider.id()));
        model.addAttribute("employers", allEmployers);
        model.addAttribute("managersByEmployer", managers.list(provider.id(), null).stream()
                .collect(Collectors.groupingBy(Manager::employerId)));
        return "automations/new";
    }

    private String automationPage(Automation automation, Form rejection, String problem, Model model) {
        Learner learner = learners.get(provider.id(), automation.learnerId());
        StaffAccess.SignedIn staff = (StaffAccess.SignedIn) model.getAttribute("staff");
        Approver me = staff.approver(provider.origin(Channel.UI));
        RecordNames names = new RecordNames();
        model.addAttribute("automation", automation);
        model.addAttribute("learner", learner);
        model.addAttribute("typeTitle", TITLES.get(automation.type()));
        model.addAttribute("typeDescription", DESCRIPTIONS.get(automation.type()));
        model.addAttribute("changes", describe(automation, names));
        model.addAttribute("rejection", rejection);
        model.addAttribute("problem", problem);
        model.addAttribute("people", people.names());
        model.addAttribute("ownRequest", automations.barredByMakerChecker(provider.id(), automation, me));
        if (automation.status() == AutomationStatus.PENDING) {
            try {
                ImpactPreview preview = automations.preview(provider.id(), automation.id());
                model.addAttribute("preview", preview);
                model.addAttribute("recordChanges", preview.records().stream()
                        .map(change -> recordChange(change, automation, names)).toList());
            } catch (ConflictException e) {
                model.addAttribute("previewProblem", e.getMessage());
            }
        }
        if (automation.status() == AutomationStatus.APPLIED) {
            model.addAttribute("delivery", delivery(automation));
        }
        return "automations/show";
    }

    /**
     * What approving sent, as the learner's timeline shows it: the save the approver's change made. It was
     * written in the approval's transaction, so it is their latest automation save between the request and
     * the decision.
     */
    private Timeline.Save delivery(Automation automation) {
        Timeline timeline = Timeline.of(syncLog.entries(provider.id(), automation.learnerId()), sentSummary);
        return timeline.saves().stream()
                .filter(save -> save.channel() == Channel.AUTOMATION && automation.decidedBy().equals(save.actor())
                        && !save.at().isBefore(automation.requestedAt()) && !save.at().isAfter(automation.decidedAt()))
                .findFirst().orElse(null);
    }

    /**
     * The change as people read it: names rather than IDs. Its fields are read as the API names them, so
     * that they are worded as the preview's lines about the same fields are.
     */
    private List<Detail> describe(Automation automation, RecordNames names) {
        List<Detail> described = new ArrayList<>();
        described.add(new Detail("Date of the change", govuk.date(automation.effectiveDate())));
        automation.change().details().forEach((name, value) -> described.add(new Detail(
                LABELS.getOrDefault("details." + name, RECORD_FIELDS.getOrDefault(name, name)),
                names.value(name, value == null ? null : value.toString()))));
        return described;
    }

    /**
     * One line of what approving writes: a field of the learner record as staff call it, or, in words, a
     * record written beside it (the circumstance, the closed enrolment, the new employment status).
     */
    private Detail recordChange(RecordChange change, Automation automation, RecordNames names) {
        String from = govuk.date(automation.effectiveDate());
        return switch (change.record()) {
            case "circumstances" -> new Detail("Change of circumstance recorded", null,
                    TITLES.get(automation.type()) + " from " + from);
            case "enrolmentHistory" -> new Detail("Current enrolment", null, "Closed on " + from
                    + " for the move to the new programme (ILR CompStatus 3, WithdrawReason 41)");
            case "employmentStatuses" -> new Detail("Employment status", null, "In paid employment with the "
                    + "employer from " + from + " (ILR EmpStat 10)");
            default -> new Detail(RECORD_FIELDS.getOrDefault(change.field(), change.field()),
                    names.value(change.field(), change.before()), names.value(change.field(), change.after()));
        };
    }

    /**
     * The provider's programmes, employers, workplaces, managers and connections by ID, read once per
     * page, so that a change shows names rather than IDs, codes in words with the ILR code beside, and
     * dates the UK way.
     */
    private final class RecordNames {

        private final Map<String, String> byId = new HashMap<>();

        RecordNames() {
            programmes.list(provider.id()).forEach(programme -> byId.put(programme.id().toString(),
                    programme.name() + (programme.standardReference() == null ? "" : " (" + programme.standardReference() + ")")));
            employers.list(provider.id(), null).forEach(employer -> {
                byId.put(employer.id().toString(), employer.name());
                employer.addresses().forEach(address -> byId.put(address.id().toString(),
                        govuk.joined(address.line1(), address.town(), address.postcode().value())));
            });
            managers.list(provider.id(), null).forEach(manager -> byId.put(manager.id().toString(),
                    manager.givenName() + " " + manager.familyName()));
            connections.list(provider.id()).forEach(connection -> byId.put(connection.id().toString(),
                    "The connection to " + connection.epaoId()));
        }

        String value(String field, String value) {
            if (value == null) {
                return "None";
            }
            if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return govuk.date(LocalDate.parse(value));
            }
            return switch (field) {
                case "status" -> govuk.words(value);
                case "compStatus" -> COMP_STATUSES.getOrDefault(value, "Code") + " (" + value + ")";
                case "withdrawReason" -> WithdrawReason.of(Integer.parseInt(value)).description() + " (" + value + ")";
                case "outcome" -> Outcome.of(Integer.parseInt(value)).description() + " (" + value + ")";
                case "outGrade" -> govuk.words(OutGrade.ofCode(value)) + " (" + value + ")";
                case "grade" -> govuk.words(value);
                case "sex" -> Sex.of(value).description();
                case "ethnicity" -> Ethnicity.of(Integer.parseInt(value)).description() + " (" + value + ")";
                case "epaRegistration.mode" -> REGISTRATION_MODES.getOrDefault(value, govuk.words(value));
                default -> byId.getOrDefault(value, value);
            };
        }
    }

    private String learnerName(LearnerId id) {
        Learner learner = learners.get(provider.id(), id);
        return learner.givenNames() + " " + learner.familyName();
    }

    /** One line of what an automation changes, as shown: the value it sets, and for a preview the value it replaces. */
    record Detail(String label, String before, String value) {

        Detail(String label, String value) {
            this(label, null, value);
        }
    }
}
