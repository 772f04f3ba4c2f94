package vn.antt.commendation.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.commendation.Commendation;
import vn.antt.commendation.CommendationForm;
import vn.antt.commendation.CommendationService;
import vn.antt.commendation.RecipientKind;
import vn.antt.infrastructure.excel.ExcelExport;
import vn.antt.infrastructure.excel.ExcelExport.Column;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.web.Filters;
import vn.antt.infrastructure.web.Pages;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/** Khen thưởng: the list with its filters and Excel, and the form the steering committee records them with. */
@Controller
class CommendationController {

    private static final String FORM = "commendation/form";

    private final CommendationService commendations;
    private final CommuneService communes;
    private final UnitNames unitNames;
    private final ExcelExport excel;

    CommendationController(CommendationService commendations, CommuneService communes, UnitNames unitNames,
                           ExcelExport excel) {
        this.commendations = commendations;
        this.communes = communes;
        this.unitNames = unitNames;
        this.excel = excel;
    }

    @InitBinder("form")
    void protectIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /** The list's query parameters, as typed in the address bar (anything unreadable is ignored). */
    record Params(String year, String issuer, String form, String commune, String recipient) {
    }

    @GetMapping("/commendations")
    String list(Params params, @PageableDefault(size = 50) Pageable pageable,
                @AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        CommendationService.Filter filter = filter(params);
        model.addAttribute("commendations", commendations.search(filter, Pages.unsorted(pageable), scope));
        model.addAttribute("filter", filter);
        model.addAttribute("commune", params.commune());
        model.addAttribute("recipient", params.recipient());
        model.addAttribute("issuers", commendations.issuers());
        model.addAttribute("forms", CommendationForm.values());
        model.addAttribute("communeChoices", scope.isDistrict() ? communes.allOfDistrict() : List.of());
        model.addAttribute("mayRecord", CommendationService.mayRecord(user));
        return "commendation/list";
    }

    @GetMapping("/commendations.xlsx")
    ResponseEntity<StreamingResponseBody> export(Params params, Scope scope) {
        CommendationService.Filter filter = filter(params);
        List<Column<Commendation>> columns = List.of(
                new Column<>("commendation.year", c -> String.valueOf(c.getYear())),
                new Column<>("commendation.form", c -> excel.label(c.getForm().messageKey())),
                new Column<>("commendation.issuer", c -> c.getIssuer().getName()),
                new Column<>("commendation.decisionNumber", Commendation::getDecisionNumber),
                new Column<>("commendation.decisionDate", Commendation::getDecisionDate),
                new Column<>("commendation.recipientKind", c -> excel.label(c.getRecipientKind().messageKey())),
                new Column<>("commendation.recipient", Commendation::recipientName),
                new Column<>("commendation.commune", c -> c.getCommune() == null ? "" : c.getCommune().getName()),
                new Column<>("commendation.achievement", Commendation::getAchievement));
        return excel.download("Khen thưởng.xlsx", "commendation.sheet", columns,
                sink -> commendations.forEach(filter, scope, sink));
    }

    @GetMapping("/commendations/new")
    String newForm(@ModelAttribute("selectedYear") int year, @AuthenticationPrincipal CurrentUser user, Scope scope,
                   Model model) {
        requireRecorder(user);
        CommendationFormData form = new CommendationFormData();
        form.setYear(year);
        model.addAttribute("form", form);
        return form(model, scope);
    }

    @PostMapping("/commendations/new")
    String create(@Valid @ModelAttribute("form") CommendationFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Scope scope, Model model, RedirectAttributes redirect) {
        requireRecorder(user);
        if (!result.hasErrors()) {
            try {
                commendations.create(form.typed(), user);
                redirect.addFlashAttribute("success", "commendation.saved");
                return "redirect:/commendations?year=" + form.getYear();
            }
            catch (FieldProblem problem) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
        }
        return form(model, scope);
    }

    @GetMapping("/commendations/{id}")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        Commendation commendation = commendations.open(id, scope);
        model.addAttribute("commendation", commendation);
        model.addAttribute("form", CommendationFormData.from(commendation));
        model.addAttribute("mayRecord", CommendationService.mayRecord(user));
        return form(model, scope);
    }

    @PostMapping("/commendations/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CommendationFormData form,
                  BindingResult result, @AuthenticationPrincipal CurrentUser user, Scope scope, Model model,
                  RedirectAttributes redirect) {
        requireRecorder(user);
        model.addAttribute("commendation", commendations.open(id, scope));
        model.addAttribute("mayRecord", true);
        if (!result.hasErrors()) {
            try {
                commendations.update(id, form.getVersion(), form.typed(), user);
                redirect.addFlashAttribute("success", "commendation.saved");
                return "redirect:/commendations?year=" + form.getYear();
            }
            catch (FieldProblem problem) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
            catch (StaleEditException stale) {
                model.addAttribute("stale", true);
            }
        }
        return form(model, scope);
    }

    @PostMapping("/commendations/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        try {
            commendations.delete(id, version, user);
            redirect.addFlashAttribute("success", "commendation.deleted");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "commendation.stale");
            return "redirect:/commendations/" + id;
        }
        return "redirect:/commendations";
    }

    private String form(Model model, Scope scope) {
        // a retired issuer is offered only to the awards that already name it
        Commendation current = (Commendation) model.getAttribute("commendation");
        model.addAttribute("issuers", commendations.issuers().stream().filter(i -> !i.isRetired()
                || current != null && current.getIssuer().getId().equals(i.getId())).toList());
        model.addAttribute("forms", CommendationForm.values());
        model.addAttribute("recipientKinds", RecipientKind.values());
        model.addAttribute("communeChoices", communes.within(scope));
        model.addAttribute("unitNames", unitNames.of(scope));
        if (!model.containsAttribute("mayRecord")) {
            model.addAttribute("mayRecord", true);
        }
        return FORM;
    }

    private CommendationService.Filter filter(Params params) {
        String year = params.year();
        String commune = params.commune();
        Integer chosenYear = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        Long issuer = params.issuer() != null && params.issuer().matches("\\d{1,18}") ? Long.valueOf(params.issuer())
                : null;
        Long communeId = commune == null || commune.isBlank() ? null
                : communes.byCode(commune, chosenYear == null ? 2100 : chosenYear).map(Commune::getId).orElse(null);
        Boolean collective = "COLLECTIVE".equals(params.recipient()) ? Boolean.TRUE
                : "INDIVIDUAL".equals(params.recipient()) ? Boolean.FALSE : null;
        return new CommendationService.Filter(chosenYear, issuer, Filters.enumOf(CommendationForm.class, params.form()),
                communeId, collective);
    }

    private static void requireRecorder(CurrentUser user) {
        if (!CommendationService.mayRecord(user)) {
            throw new AccessDeniedException("steering committee or administrator only");
        }
    }
}
