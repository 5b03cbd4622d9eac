package uk.learnersync.epaplatform.apprentices.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.epaplatform.apprentices.Apprentice;
import uk.learnersync.epaplatform.apprentices.ApprenticeId;
import uk.learnersync.epaplatform.apprentices.Apprentices;
import uk.learnersync.epaplatform.apprentices.Grade;
import uk.learnersync.epaplatform.apprentices.HistoryEntry;
import uk.learnersync.epaplatform.apprentices.Lifecycle;
import uk.learnersync.epaplatform.apprentices.LifecycleEvent;
import uk.learnersync.epaplatform.apprentices.PlatformCalendar;
import uk.learnersync.epaplatform.apprentices.Refusal;
import uk.learnersync.epaplatform.apprentices.Standing;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Organisation;
import uk.learnersync.epaplatform.organisations.Organisations;
import uk.learnersync.epaplatform.web.Page;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;

/**
 * The pages of the EPAO's staff: the organisation's apprentices and connections, and an
 * apprentice's record with the forms to confirm the gateway, record a result, issue the
 * certificate, send back into learning and withdraw. A form with bad input is shown again with an
 * error summary; an accepted one redirects to the record with a confirmation.
 */
@Controller
@Page
@Hidden
class ApprenticePageController {

    private static final int PAGE_SIZE = 50;
    private static final Map<String, String> DONE = Map.of("gateway", "Gateway confirmed",
            "result", "Result recorded", "certificate", "Certificate issued", "withdraw", "Apprentice withdrawn",
            "back-into-learning", "Apprentice sent back into learning");

    private final Organisations organisations;
    private final Apprentices apprentices;
    private final JsonMapper json;
    private final Display display;

    ApprenticePageController(Organisations organisations, Apprentices apprentices, JsonMapper json) {
        this.organisations = organisations;
        this.apprentices = apprentices;
        this.json = json;
        this.display = new Display(json);
    }

    /** A bad input: {@code field} is the ID of the input the error summary links to. */
    record FormError(String field, String message) {
    }

    /** What a form sent and what was wrong with it, to show the form again. */
    private static final class Form {

        private final Map<String, String> values = new LinkedHashMap<>();
        private final List<FormError> errors = new ArrayList<>();
        private final Map<String, String> fieldErrors = new LinkedHashMap<>();

        Form(MultiValueMap<String, String> sent, String prefix) {
            sent.forEach((name, value) -> values.put(prefix + name, value.isEmpty() ? "" : value.get(0).strip()));
        }

        void reject(String group, String field, String message) {
            if (!fieldErrors.containsKey(group)) {
                fieldErrors.put(group, message);
                errors.add(new FormError(field, message));
            }
        }

        boolean hasErrors() {
            return !errors.isEmpty();
        }

        /** A date from the GOV.UK date input's day, month and year; null (with an error) when it is not one. */
        LocalDate date(String name, String what) {
            String day = values.getOrDefault(name + "-day", "");
            String month = values.getOrDefault(name + "-month", "");
            String year = values.getOrDefault(name + "-year", "");
            if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
                reject(name, name + "-day", "Enter the " + what);
                return null;
            }
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
                if (year.length() != 4) {
                    throw new NumberFormatException(year);
                }
                if (date.isAfter(PlatformCalendar.today())) {
                    reject(name, name + "-day", capitalised(what) + " must be today or in the past");
                    return null;
                }
                return date;
            } catch (NumberFormatException | DateTimeException e) {
                reject(name, name + "-day", capitalised(what) + " must be a real date");
                return null;
            }
        }
    }

    @GetMapping("/organisations/{epaoId}")
    String organisation(@PathVariable String epaoId, @RequestParam(defaultValue = "1") String page,
                        @RequestParam(required = false) String revoked, Model model) {
        Organisation organisation = organisations.get(epaoId);
        int number = page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
        int total = apprentices.countAtOrganisation(organisation.epaoId());
        model.addAttribute("organisation", organisation);
        model.addAttribute("today", PlatformCalendar.today());
        model.addAttribute("display", display);
        model.addAttribute("apprentices",
                apprentices.pageAtOrganisation(organisation.epaoId(), (number - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("previousPage", number > 1 ? number - 1 : null);
        model.addAttribute("nextPage", number * PAGE_SIZE < total ? number + 1 : null);
        model.addAttribute("connections", organisations.connections(organisation.epaoId()));
        model.addAttribute("revoked", revoked != null);
        return "organisation";
    }

    @GetMapping("/organisations/{epaoId}/apprentices/{apprenticeId}")
    String apprentice(@PathVariable String epaoId, @PathVariable String apprenticeId,
                      @RequestParam(required = false) String done, Model model) {
        Organisation organisation = organisations.get(epaoId);
        show(organisation, apprentices.getAtOrganisation(organisation.epaoId(), id(apprenticeId)), null, model);
        model.addAttribute("done", done == null ? null : DONE.get(done));
        return "apprentice";
    }

    @PostMapping("/organisations/{epaoId}/apprentices/{apprenticeId}/gateway")
    String confirmGateway(@PathVariable String epaoId, @PathVariable String apprenticeId,
                          @RequestParam MultiValueMap<String, String> sent, Model model,
                          HttpServletResponse response) {
        Form form = new Form(sent, "");
        LocalDate gatewayDate = form.date("gatewayDate", "gateway date");
        return act(epaoId, apprenticeId, form, "gateway", model, response, (epao, id) -> apprentices.confirmGateway(
                epao, id, gatewayDate, body(Map.of("gatewayDate", String.valueOf(gatewayDate)))));
    }

    @PostMapping("/organisations/{epaoId}/apprentices/{apprenticeId}/result")
    String recordResult(@PathVariable String epaoId, @PathVariable String apprenticeId,
                        @RequestParam MultiValueMap<String, String> sent, Model model, HttpServletResponse response) {
        Form form = new Form(sent, "");
        Grade grade = grade(form.values.get("grade"));
        if (grade == null) {
            form.reject("grade", "grade", "Select the grade");
        }
        LocalDate assessmentDate = form.date("assessmentDate", "assessment date");
        return act(epaoId, apprenticeId, form, "result", model, response, (epao, id) -> apprentices.recordResult(
                epao, id, grade, assessmentDate,
                body(Map.of("grade", String.valueOf(grade), "assessmentDate", String.valueOf(assessmentDate)))));
    }

    @PostMapping("/organisations/{epaoId}/apprentices/{apprenticeId}/certificate")
    String certify(@PathVariable String epaoId, @PathVariable String apprenticeId,
                   @RequestParam MultiValueMap<String, String> sent, Model model, HttpServletResponse response) {
        return act(epaoId, apprenticeId, new Form(sent, ""), "certificate", model, response,
                (epao, id) -> apprentices.certify(epao, id, "{}"));
    }

    @PostMapping("/organisations/{epaoId}/apprentices/{apprenticeId}/withdraw")
    String withdraw(@PathVariable String epaoId, @PathVariable String apprenticeId,
                    @RequestParam MultiValueMap<String, String> sent, Model model, HttpServletResponse response) {
        Form form = new Form(sent, "withdraw-");
        String reason = form.values.getOrDefault("withdraw-reason", "");
        if (reason.isEmpty()) {
            form.reject("withdraw-reason", "withdraw-reason", "Enter the reason for withdrawing the apprentice");
        } else if (reason.length() > 2000) {
            form.reject("withdraw-reason", "withdraw-reason", "The reason must be 2,000 characters or fewer");
        }
        return act(epaoId, apprenticeId, form, "withdraw", model, response,
                (epao, id) -> apprentices.withdrawByEpao(epao, id, reason, body(Map.of("reason", reason))));
    }

    @PostMapping("/organisations/{epaoId}/apprentices/{apprenticeId}/back-into-learning")
    String backIntoLearning(@PathVariable String epaoId, @PathVariable String apprenticeId,
                            @RequestParam MultiValueMap<String, String> sent, Model model,
                            HttpServletResponse response) {
        Form form = new Form(sent, "retake-");
        String reason = form.values.getOrDefault("retake-reason", "");
        if (reason.length() > 2000) {
            form.reject("retake-reason", "retake-reason", "The reason must be 2,000 characters or fewer");
        }
        return act(epaoId, apprenticeId, form, "back-into-learning", model, response,
                (epao, id) -> apprentices.backIntoLearning(epao, id, reason.isEmpty() ? null : reason,
                        reason.isEmpty() ? "{}" : body(Map.of("reason", reason))));
    }

    private interface Action {
        Apprentice apply(EpaoId epaoId, ApprenticeId id);
    }

    /**
     * Applies an action whose form is valid and redirects to the record; otherwise, or when the
     * platform refuses it, shows the record again with what went wrong.
     */
    private String act(String epaoId, String apprenticeId, Form form, String action, Model model,
                       HttpServletResponse response, Action apply) {
        Organisation organisation = organisations.get(epaoId);
        ApprenticeId id = id(apprenticeId);
        Supplier<String> again = () -> {
            show(organisation, apprentices.getAtOrganisation(organisation.epaoId(), id), form, model);
            return "apprentice";
        };
        if (form.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return again.get();
        }
        try {
            apply.apply(organisation.epaoId(), id);
        } catch (Refusal refusal) {
            form.errors.add(new FormError("status", display.readable(refusal.getMessage())));
            response.setStatus(refusal.code().isConflict() ? HttpServletResponse.SC_CONFLICT : 422);
            return again.get();
        } catch (InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                String group = error.field();
                form.reject(group, group + "-day", display.readable(Display.label(group) + " " + error.message()));
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return again.get();
        }
        return "redirect:/organisations/" + organisation.epaoId() + "/apprentices/" + id + "?done=" + action;
    }

    private void show(Organisation organisation, Apprentice apprentice, Form form, Model model) {
        Standing standing = apprentice.standing(PlatformCalendar.today());
        List<HistoryEntry> history = new ArrayList<>(apprentices.history(organisation.epaoId(), apprentice.id()));
        Collections.reverse(history);
        Form shown = form == null ? new Form(new LinkedMultiValueMap<>(), "") : form;
        model.addAttribute("organisation", organisation);
        model.addAttribute("apprentice", apprentice);
        model.addAttribute("standing", standing);
        model.addAttribute("history", history);
        model.addAttribute("display", display);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("actions", actions(standing));
        model.addAttribute("form", shown.values);
        model.addAttribute("errors", shown.errors);
        model.addAttribute("fieldErrors", shown.fieldErrors);
    }

    /** The forms to offer: those of the actions the apprentice's status allows today. */
    private static Set<String> actions(Standing standing) {
        Set<LifecycleEvent> allowed = Lifecycle.allowedFrom(standing.status());
        Set<String> actions = new LinkedHashSet<>();
        if (allowed.contains(LifecycleEvent.GATEWAY_CONFIRMED)) {
            actions.add("gateway");
        }
        if (standing.gateway() != null && allowed.contains(LifecycleEvent.PASSED)) {
            actions.add("result");
        }
        if (allowed.contains(LifecycleEvent.CERTIFIED)) {
            actions.add("certificate");
        }
        if (allowed.contains(LifecycleEvent.BACK_INTO_LEARNING)) {
            actions.add("back-into-learning");
        }
        if (allowed.contains(LifecycleEvent.WITHDRAWN_BY_EPAO)) {
            actions.add("withdraw");
        }
        return actions;
    }

    /** The body the operator API would have received, so that the history reads the same either way. */
    private String body(Map<String, String> fields) {
        return json.writeValueAsString(fields);
    }

    private static Grade grade(String raw) {
        for (Grade grade : Grade.values()) {
            if (grade.name().equals(raw)) {
                return grade;
            }
        }
        return null;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static ApprenticeId id(String raw) {
        return ApprenticeId.parse(raw).orElseThrow(() -> new NotFoundException("Apprentice", raw));
    }
}
