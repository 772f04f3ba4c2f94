package vn.antt.territory.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
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
import vn.antt.infrastructure.excel.ExcelExport;
import vn.antt.infrastructure.excel.ExcelExport.Column;
import vn.antt.infrastructure.persistence.ArchiveStatus;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.infrastructure.web.StrictDates;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneAccess;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaKind;
import vn.antt.territory.ResidentialAreaService;

/** Khu dân cư: a commune's list export, one area's page, the forms to add and edit, archiving. */
@Controller
class ResidentialAreaController {

    private static final String FORM = "territory/area-form";

    private final ResidentialAreaService areas;
    private final CommuneService communes;
    private final ExcelExport excel;

    ResidentialAreaController(ResidentialAreaService areas, CommuneService communes, ExcelExport excel) {
        this.areas = areas;
        this.communes = communes;
        this.excel = excel;
    }

    @InitBinder("form")
    void protectIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/communes/{code}/areas.xlsx")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String code, @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String status,
                                                 @ModelAttribute("selectedYear") int year,
                                                 Scope scope) {
        Commune commune = communes.open(code, year, scope);
        List<Column<ResidentialArea>> columns = List.of(
                new Column<>("area.name", ResidentialArea::getName),
                new Column<>("area.kind", a -> excel.label(a.getKind().messageKey())),
                new Column<>("area.commune", a -> commune.getName()),
                new Column<>("area.households", ResidentialArea::getHouseholds),
                new Column<>("area.headName", ResidentialArea::getHeadName),
                new Column<>("area.headPhone", ResidentialArea::getHeadPhone),
                new Column<>("area.validFrom", ResidentialArea::getValidFrom),
                new Column<>("area.validTo", ResidentialArea::getValidTo),
                new Column<>("area.note", ResidentialArea::getNote));
        return excel.download("Khu dân cư - " + commune.getName() + ".xlsx", "areas.sheet", columns,
                sink -> areas.forEach(commune, q, ArchiveStatus.parse(status), sink));
    }

    @GetMapping("/areas/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ResidentialArea area = areas.open(id, user);
        model.addAttribute("area", area);
        model.addAttribute("mayEdit", CommuneAccess.mayEdit(user, area.getCommune().getId()));
        return "territory/area";
    }

    @GetMapping("/communes/{code}/areas/new")
    String newForm(@PathVariable String code, @ModelAttribute("selectedYear") int year,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        Commune commune = editableCommune(code, year, user);
        model.addAttribute("commune", commune);
        model.addAttribute("form", new AreaFormData());
        return form(model);
    }

    @PostMapping("/communes/{code}/areas/new")
    String create(@PathVariable String code, @Valid @ModelAttribute("form") AreaFormData form, BindingResult result,
                  @ModelAttribute("selectedYear") int year, @AuthenticationPrincipal CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        Commune commune = editableCommune(code, year, user);
        model.addAttribute("commune", commune);
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            ResidentialArea area = areas.create(commune.getId(), form.toDetails(), user);
            redirect.addFlashAttribute("success", "area.created");
            return "redirect:/areas/" + area.getId();
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return form(model);
        }
    }

    @GetMapping("/areas/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ResidentialArea area = editableArea(id, user, model);
        model.addAttribute("form", AreaFormData.from(area));
        return form(model);
    }

    @PostMapping("/areas/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AreaFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        editableArea(id, user, model);
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            areas.update(id, form.getVersion(), form.toDetails(), user);
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return form(model);
        }
        catch (StaleEditException stale) {
            model.addAttribute("stale", true);
            return form(model);
        }
        redirect.addFlashAttribute("success", "area.updated");
        return "redirect:/areas/" + id;
    }

    @PostMapping("/areas/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String lastDay,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        // who may change it is answered before what was typed
        CommuneAccess.requireEdit(user, areas.open(id, user).getCommune().getId());
        LocalDate day = StrictDates.parse(lastDay);
        if (day == null) {
            redirect.addFlashAttribute("failure", "area.archive.dateRequired");
            return "redirect:/areas/" + id;
        }
        try {
            areas.archive(id, version, day, user);
            redirect.addFlashAttribute("success", "area.archived");
        }
        catch (FieldProblem problem) {
            redirect.addFlashAttribute("failure", problem.messageKey());
        }
        return "redirect:/areas/" + id;
    }

    @PostMapping("/areas/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        try {
            areas.restore(id, version, user);
            redirect.addFlashAttribute("success", "area.restored");
        }
        catch (FieldProblem problem) {
            redirect.addFlashAttribute("failure", problem.messageKey());
        }
        return "redirect:/areas/" + id;
    }

    private Commune editableCommune(String code, int year, CurrentUser user) {
        Commune commune = communes.open(code, year, Scope.of(user));
        CommuneAccess.requireEdit(user, commune.getId());
        return commune;
    }

    private ResidentialArea editableArea(long id, CurrentUser user, Model model) {
        ResidentialArea area = areas.open(id, user);
        CommuneAccess.requireEdit(user, area.getCommune().getId());
        model.addAttribute("area", area);
        model.addAttribute("commune", area.getCommune());
        return area;
    }

    private String form(Model model) {
        model.addAttribute("kinds", ResidentialAreaKind.values());
        return FORM;
    }
}
