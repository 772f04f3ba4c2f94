package vn.antt.selfmanaged.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.selfmanaged.ModelService;
import vn.antt.selfmanaged.ModelTypeService;
import vn.antt.infrastructure.validation.PlainTextValidator;

/** Quản trị › Loại mô hình (the /admin path is for administrators only). */
@Controller
class ModelTypeAdminController {

    private final ModelService models;
    private final ModelTypeService types;

    ModelTypeAdminController(ModelService models, ModelTypeService types) {
        this.models = models;
        this.types = types;
    }

    @GetMapping("/admin/model-types")
    String list(Model model) {
        model.addAttribute("types", models.allTypes());
        return "selfmanaged/types";
    }

    @PostMapping("/admin/model-types")
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
               @RequestParam(required = false) String figureLabel, RedirectAttributes redirect) {
        if (code == null || !validName(name) || !validLabel(figureLabel)) {
            redirect.addFlashAttribute("failure", "modelType.invalid");
            return "redirect:/admin/model-types";
        }
        try {
            types.add(code, name, figureLabel);
            redirect.addFlashAttribute("success", "modelType.added");
        }
        catch (FieldProblem problem) {
            redirect.addFlashAttribute("failure", problem.messageKey());
        }
        return "redirect:/admin/model-types";
    }

    @PostMapping("/admin/model-types/{id}")
    String update(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String figureLabel, RedirectAttributes redirect) {
        if (!validName(name) || !validLabel(figureLabel)) {
            redirect.addFlashAttribute("failure", "modelType.invalid");
        }
        else {
            try {
                types.update(id, version, name, figureLabel);
                redirect.addFlashAttribute("success", "modelType.updated");
            }
            catch (StaleEditException stale) {
                redirect.addFlashAttribute("failure", "common.stale");
            }
        }
        return "redirect:/admin/model-types";
    }

    @PostMapping("/admin/model-types/{id}/retire")
    String retire(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String retired,
                  RedirectAttributes redirect) {
        if (!"true".equals(retired) && !"false".equals(retired)) {
            redirect.addFlashAttribute("failure", "modelType.retired.unknown");
            return "redirect:/admin/model-types";
        }
        try {
            types.setRetired(id, version, Boolean.parseBoolean(retired));
            redirect.addFlashAttribute("success", "true".equals(retired) ? "modelType.retired" : "modelType.reinstated");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "common.stale");
        }
        return "redirect:/admin/model-types";
    }

    private static boolean validName(String name) {
        return name != null && name.length() <= 255 && PlainTextValidator.isPlain(name, false);
    }

    private static boolean validLabel(String label) {
        return label == null || label.length() <= 100 && PlainTextValidator.isPlain(label, false);
    }
}
