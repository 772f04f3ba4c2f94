package vn.antt.certification.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.certification.EvaluationYear;
import vn.antt.certification.EvaluationYears;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.StaleEditException;

/** Xét công nhận › Năm xét: the evaluation years; the steering committee opens, adjusts and closes them. */
@Controller
class YearController {

    private final EvaluationYears years;

    YearController(EvaluationYears years) {
        this.years = years;
    }

    @GetMapping("/years")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        YearFormData form = new YearFormData();
        form.setYear(years.all().stream().mapToInt(EvaluationYear::getYear).max().orElse(2022) + 1);
        model.addAttribute("form", form);
        return list(user, model, form);
    }

    @PostMapping("/years")
    String open(@Valid @ModelAttribute("form") YearFormData form, BindingResult result,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                years.open(form.getYear(), form.getCriteriaSetId(), form.toDetails(), form.isReplacedSetConfirmed(),
                        user);
                redirect.addFlashAttribute("success", "year.opened");
                return "redirect:/years/" + form.getYear();
            }
            catch (FieldProblem problem) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
            }
        }
        return list(user, model, form);
    }

    @GetMapping("/years/{year}")
    String show(@PathVariable int year, Model model) {
        EvaluationYear found = years.get(year);
        model.addAttribute("evaluationYear", found);
        model.addAttribute("form", YearFormData.from(found));
        return "certification/year";
    }

    @PostMapping("/years/{year}")
    String update(@PathVariable int year, @Valid @ModelAttribute("form") YearFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("evaluationYear", years.get(year));
        if (result.hasErrors()) {
            return "certification/year";
        }
        try {
            years.update(year, form.getVersion(), form.toDetails(), form.isReplacedSetConfirmed(), user);
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
            return "certification/year";
        }
        catch (StaleEditException stale) {
            model.addAttribute("stale", true);
            return "certification/year";
        }
        redirect.addFlashAttribute("success", "year.updated");
        return "redirect:/years/" + year;
    }

    @PostMapping("/years/{year}/close")
    String close(@PathVariable int year, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            years.close(year, user);
            redirect.addFlashAttribute("success", "year.closedDone");
        }
        catch (FieldProblem problem) {
            redirect.addFlashAttribute("failure", problem.messageKey());
        }
        return "redirect:/years/" + year;
    }

    private String list(CurrentUser user, Model model, YearFormData form) {
        model.addAttribute("years", years.all());
        model.addAttribute("criteriaSets", years.criteriaSets());
        model.addAttribute("mayOpen", user.hasRole(Role.STEERING));
        if (form.getCriteriaSetId() == null && !years.criteriaSets().isEmpty()) {
            form.setCriteriaSetId(years.criteriaSets().get(years.criteriaSets().size() - 1).getId());
        }
        return "certification/years";
    }
}
