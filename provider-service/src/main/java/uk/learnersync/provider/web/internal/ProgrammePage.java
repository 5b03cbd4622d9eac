package uk.learnersync.provider.web.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.learners.ProgrammeInput;
import uk.learnersync.provider.programmes.Programmes;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.provider.tenancy.CurrentProvider;

/**
 * Edit Programme Details: the programme dates, which reach the EPA platform from this page only
 * (PG-1, PG-2), and the EPA period, which never does (PG-3).
 */
@Controller
@RequestMapping("/learners/{id}/programme")
class ProgrammePage {

    static final Map<String, String> LABELS = Form.labels("startDate", "Start date", "plannedEndDate", "Planned end date",
            "epaPeriodMonths", "EPA period");

    private final LearnerManagement learners;
    private final Programmes programmes;
    private final CurrentProvider provider;

    ProgrammePage(LearnerManagement learners, Programmes programmes, CurrentProvider provider) {
        this.learners = learners;
        this.programmes = programmes;
        this.provider = provider;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        Form form = Form.blank(LABELS).withDate("startDate", learner.enrolment().startDate())
                .withDate("plannedEndDate", learner.enrolment().plannedEndDate())
                .with("epaPeriodMonths", learner.enrolment().epaPeriodMonths());
        return page(learner, form, model);
    }

    @PostMapping
    String save(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Model model,
                RedirectAttributes redirect) {
        Learner learner = learners.get(provider.id(), new LearnerId(id));
        Form form = Form.posted(LABELS, parameters);
        // Each entry is checked first, so that all its mistakes show at once. A date that is not one
        // reaches the service as missing, which it refuses; but a mistyped EPA period would reach it as
        // "not set", which it accepts, so it must not be called then.
        form.requiredDate("startDate");
        form.requiredDate("plannedEndDate");
        form.number("epaPeriodMonths");
        if (!form.hasError("epaPeriodMonths")) {
            try {
                learners.changeEnrolment(provider.id(), learner.id(), current -> new ProgrammeInput(
                        current.programmeId(), current.option(), form.mergedDate("startDate", current.startDate()),
                        form.mergedDate("plannedEndDate", current.plannedEndDate()),
                        form.mergedNumber("epaPeriodMonths", current.epaPeriodMonths()), current.epaoId(),
                        current.offTheJobHours()),
                        provider.origin(Channel.UI));
            } catch (InvalidInputException e) {
                form.reject(e);
            }
        }
        if (form.hasErrors()) {
            return page(learner, form, model);
        }
        redirect.addFlashAttribute("success", "Programme details saved");
        // To the top of the record, where the confirmation is: a person sees it without scrolling.
        return "redirect:/learners/" + id;
    }

    private String page(Learner learner, Form form, Model model) {
        model.addAttribute("learner", learner);
        model.addAttribute("form", form);
        model.addAttribute("programme", programmes.find(provider.id(), learner.enrolment().programmeId()).orElse(null));
        return "learners/programme";
    }
}
