package vn.antt.selfmanaged.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import vn.antt.infrastructure.persistence.ArchiveStatus;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.web.OfferedChoices;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.organization.OrganizationFilter;
import vn.antt.organization.OrganizationService;
import vn.antt.selfmanaged.ModelQuality;
import vn.antt.selfmanaged.ModelService;
import vn.antt.selfmanaged.ModelStatus;
import vn.antt.selfmanaged.SelfManagedModel;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneAccess;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ResidentialAreaService;
import vn.antt.infrastructure.validation.PlainTextValidator;

/** One model: its page (years side by side, status history, members), its forms and actions. */
@Controller
class ModelController {

    private static final String FORM = "selfmanaged/form";
    private static final String SHOW = "selfmanaged/show";
    private static final int PICK_LIST_LIMIT = 500;

    private final ModelService models;
    private final CommuneService communes;
    private final ResidentialAreaService areas;
    private final OrganizationService organizations;

    ModelController(ModelService models, CommuneService communes,
                    ResidentialAreaService areas, OrganizationService organizations) {
        this.models = models;
        this.communes = communes;
        this.areas = areas;
        this.organizations = organizations;
    }

    @InitBinder({"form", "assessment", "statusChange"})
    void protectIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/models/{id}")
    String show(@PathVariable long id, @ModelAttribute("selectedYear") int year,
                @AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        SelfManagedModel found = models.open(id, scope);
        AssessmentFormData assessment = new AssessmentFormData();
        assessment.setYear(year);
        models.assessments(id).stream().filter(a -> a.getYear() == year).findFirst().ifPresent(a -> {
            assessment.setQuality(a.getQuality());
            assessment.setTipsReported(a.getTipsReported());
            assessment.setIncidentsDetected(a.getIncidentsDetected());
            assessment.setMediationsSucceeded(a.getMediationsSucceeded());
            assessment.setNote(a.getNote());
            assessment.setVersion(a.getVersion());
        });
        model.addAttribute("assessment", assessment);
        StatusFormData statusChange = new StatusFormData();
        statusChange.setVersion(found.getVersion());
        model.addAttribute("statusChange", statusChange);
        return page(found, user, model);
    }

    @PostMapping("/models/{id}/assessment")
    String assess(@PathVariable long id, @Valid @ModelAttribute("assessment") AssessmentFormData assessment,
                  BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        SelfManagedModel found = editableOnly(id, user);
        if (!result.hasErrors()) {
            try {
                models.assess(id, assessment.getYear(), assessment.getVersion(), assessment.toDetails(), user);
                redirect.addFlashAttribute("success", "model.assessed");
                return "redirect:/models/" + id + "?year=" + assessment.getYear();
            }
            catch (FieldProblem problem) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
            catch (StaleEditException stale) {
                model.addAttribute("staleAssessment", true);
            }
        }
        StatusFormData statusChange = new StatusFormData();
        statusChange.setVersion(found.getVersion());
        model.addAttribute("statusChange", statusChange);
        return page(found, user, model);
    }

    @PostMapping("/models/{id}/status")
    String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusChange") StatusFormData statusChange,
                        BindingResult result, @ModelAttribute("selectedYear") int year,
                        @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        SelfManagedModel found = editableOnly(id, user);
        if (!result.hasErrors()) {
            try {
                models.changeStatus(id, statusChange.getVersion(), statusChange.getStatus(),
                        statusChange.getChangedOn(), statusChange.getReason(), user);
                redirect.addFlashAttribute("success", "model.statusChanged");
                return "redirect:/models/" + id;
            }
            catch (FieldProblem problem) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
            catch (StaleEditException stale) {
                model.addAttribute("stale", true);
            }
        }
        AssessmentFormData assessment = new AssessmentFormData();
        assessment.setYear(year);
        model.addAttribute("assessment", assessment);
        return page(found, user, model);
    }

    @PostMapping("/models/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) String memberName,
                     @RequestParam(required = false) String memberRole,
                     @RequestParam(required = false) String memberPhone, @AuthenticationPrincipal CurrentUser user,
                     RedirectAttributes redirect) {
        editableOnly(id, user);
        if (!validMember(memberName, memberRole, memberPhone)) {
            redirect.addFlashAttribute("failure", "model.member.invalid");
        }
        else {
            models.addMember(id, memberName, memberRole, memberPhone, user);
            redirect.addFlashAttribute("success", "model.member.added");
        }
        return "redirect:/models/" + id + "#members";
    }

    @PostMapping("/models/{id}/members/{memberId}/delete")
    String removeMember(@PathVariable long id, @PathVariable long memberId, @AuthenticationPrincipal CurrentUser user,
                        RedirectAttributes redirect) {
        try {
            models.removeMember(id, memberId, user);
            redirect.addFlashAttribute("success", "model.member.removed");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "common.stale");
        }
        return "redirect:/models/" + id + "#members";
    }

    @GetMapping("/models/new")
    String newForm(@RequestParam(required = false) String commune, @ModelAttribute("selectedYear") int year,
                   @AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        CommuneAccess.requireEditorRole(user);
        ModelFormData form = new ModelFormData();
        form.setCommuneId(scope.commune(communes.byCode(commune, year).map(c -> c.getId()).orElse(null)));
        model.addAttribute("form", form);
        return form(form, user, model);
    }

    @PostMapping("/models/new")
    String create(@Valid @ModelAttribute("form") ModelFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        CommuneAccess.requireEditorRole(user);
        checkCommune(form, result, user, null);
        if (result.hasErrors()) {
            return form(form, user, model);
        }
        try {
            SelfManagedModel created = models.create(form.toInput(), user);
            redirect.addFlashAttribute("success", "model.created");
            return "redirect:/models/" + created.getId();
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return form(form, user, model);
        }
    }

    @GetMapping("/models/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        SelfManagedModel found = editable(id, user, model);
        ModelFormData form = ModelFormData.from(found);
        model.addAttribute("form", form);
        return form(form, user, model);
    }

    @PostMapping("/models/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ModelFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        SelfManagedModel found = editable(id, user, model);
        checkCommune(form, result, user, found.getCommune().getId());
        if (result.hasErrors()) {
            return form(form, user, model);
        }
        try {
            models.update(id, form.getVersion(), form.toInput(), user);
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return form(form, user, model);
        }
        catch (StaleEditException stale) {
            model.addAttribute("stale", true);
            return form(form, user, model);
        }
        redirect.addFlashAttribute("success", "model.updated");
        return "redirect:/models/" + id;
    }

    private SelfManagedModel editable(long id, CurrentUser user, Model model) {
        SelfManagedModel found = editableOnly(id, user);
        model.addAttribute("model", found);
        return found;
    }

    /** The model, if the user may change it: checked before any input is looked at or shown again. */
    private SelfManagedModel editableOnly(long id, CurrentUser user) {
        SelfManagedModel found = models.open(id, Scope.of(user));
        CommuneAccess.requireEdit(user, found.getCommune().getId());
        return found;
    }

    private String page(SelfManagedModel found, CurrentUser user, Model model) {
        model.addAttribute("model", found);
        model.addAttribute("assessments", models.assessments(found.getId()));
        model.addAttribute("history", models.statusHistory(found.getId()));
        model.addAttribute("members", models.members(found.getId()));
        model.addAttribute("qualities", ModelQuality.values());
        model.addAttribute("statuses", ModelStatus.values());
        model.addAttribute("mayEdit", CommuneAccess.mayEdit(user, found.getCommune().getId()));
        return SHOW;
    }

    /** The commune must be one the form offers (or, on an edit, the one the model already has). */
    private void checkCommune(ModelFormData form, BindingResult result, CurrentUser user, Long current) {
        if (current == null || !current.equals(form.getCommuneId())) {
            OfferedChoices.check(result, "communeId", form.getCommuneId(), communes.within(Scope.of(user)),
                    Commune::getId);
        }
    }

    private String form(ModelFormData form, CurrentUser user, Model model) {
        model.addAttribute("types", model.containsAttribute("model")
                ? models.allTypes() : models.activeTypes());
        model.addAttribute("communeChoices", communes.within(Scope.of(user)));
        // suggestions only of a commune the user may change: a posted id of another commune shows none of its records
        if (form.getCommuneId() != null && CommuneAccess.mayEdit(user, form.getCommuneId())) {
            communes.find(form.getCommuneId()).ifPresent(commune -> {
                model.addAttribute("areaChoices", areas.list(commune, null, ArchiveStatus.ACTIVE,
                        PageRequest.of(0, PICK_LIST_LIMIT)).getContent());
                model.addAttribute("hostChoices", organizations.search(
                        new OrganizationFilter(null, commune.getId(), null, ArchiveStatus.ACTIVE),
                        PageRequest.of(0, PICK_LIST_LIMIT, Sort.by("name")), Scope.of(user)).getContent());
            });
        }
        model.addAttribute("areaChoices", model.getAttribute("areaChoices") == null
                ? List.of() : model.getAttribute("areaChoices"));
        model.addAttribute("hostChoices", model.getAttribute("hostChoices") == null
                ? List.of() : model.getAttribute("hostChoices"));
        return FORM;
    }

    /** A member needs a name; role and phone are optional, within the columns' bounds. */
    private static boolean validMember(String name, String role, String phone) {
        return name != null && name.length() <= 255 && PlainTextValidator.isPlain(name, false)
                && (role == null || role.length() <= 255 && PlainTextValidator.isPlain(role, false))
                && (phone == null || phone.matches("[0-9+(). -]{6,20}"));
    }
}
