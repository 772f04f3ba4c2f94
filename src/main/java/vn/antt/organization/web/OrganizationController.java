package vn.antt.organization.web;

import java.util.List;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.web.OfferedChoices;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.organization.GuardForce;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationKind;
import vn.antt.organization.OrganizationService;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneAccess;
import vn.antt.territory.CommuneService;

/** One organization: the forms to add and edit it, archiving and restoring (its page is in overview). */
@Controller
class OrganizationController {

    private static final String FORM = "organization/form";

    private final OrganizationService organizations;
    private final CommuneService communes;

    OrganizationController(OrganizationService organizations, CommuneService communes) {
        this.organizations = organizations;
        this.communes = communes;
    }

    @InitBinder("form")
    void protectIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/organizations/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        CommuneAccess.requireEditorRole(user);
        OrganizationFormData form = new OrganizationFormData();
        form.setCommuneId(scope.communeId());
        model.addAttribute("form", form);
        return form(scope, model);
    }

    @PostMapping("/organizations/new")
    String create(@Valid @ModelAttribute("form") OrganizationFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Scope scope, Model model,
                  RedirectAttributes redirect) {
        CommuneAccess.requireEditorRole(user);
        checkCommune(form, result, scope, null);
        if (result.hasErrors()) {
            return form(scope, model);
        }
        try {
            Commune commune = organizations.commune(form.getCommuneId());
            Organization organization = organizations.create(form.toDetails(commune), user);
            redirect.addFlashAttribute("success", "organization.created");
            return "redirect:/organizations/" + organization.getId();
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return form(scope, model);
        }
    }

    @GetMapping("/organizations/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        Organization organization = organizations.open(id, scope);
        CommuneAccess.requireEdit(user, organization.getCommune().getId());
        model.addAttribute("organization", organization);
        model.addAttribute("form", OrganizationFormData.from(organization));
        return form(scope, model);
    }

    @PostMapping("/organizations/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationFormData form,
                  BindingResult result, @AuthenticationPrincipal CurrentUser user, Scope scope, Model model,
                  RedirectAttributes redirect) {
        Organization organization = organizations.open(id, scope);
        CommuneAccess.requireEdit(user, organization.getCommune().getId());
        model.addAttribute("organization", organization);
        checkCommune(form, result, scope, organization.getCommune().getId());
        if (result.hasErrors()) {
            return form(scope, model);
        }
        try {
            organizations.update(id, form.getVersion(), form.toDetails(organizations.commune(form.getCommuneId())),
                    user);
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return form(scope, model);
        }
        catch (StaleEditException stale) {
            model.addAttribute("stale", true);
            return form(scope, model);
        }
        redirect.addFlashAttribute("success", "organization.updated");
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/organizations/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        organizations.archive(id, version, user);
        redirect.addFlashAttribute("success", "organization.archived");
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/organizations/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        try {
            organizations.restore(id, version, user);
            redirect.addFlashAttribute("success", "organization.restored");
        }
        catch (FieldProblem problem) {
            // an active organization of the commune took its name meanwhile
            redirect.addFlashAttribute("failure", problem.messageKey());
        }
        return "redirect:/organizations/" + id;
    }

    /** The commune must be one the form offers (or, on an edit, the one the organization already has). */
    private void checkCommune(OrganizationFormData form, BindingResult result, Scope scope, Long current) {
        if (current == null || !current.equals(form.getCommuneId())) {
            OfferedChoices.check(result, "communeId", form.getCommuneId(), communes.within(scope),
                    Commune::getId);
        }
    }

    private String form(Scope scope, Model model) {
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("guardForces", GuardForce.values());
        model.addAttribute("communeChoices", communes.within(scope));
        model.addAttribute("subKindSuggestions", List.of("organization.subKind.fdi", "organization.subKind.state",
                "organization.subKind.private", "organization.subKind.kindergarten", "organization.subKind.primary",
                "organization.subKind.thcs", "organization.subKind.thpt", "organization.subKind.agency"));
        return FORM;
    }
}
