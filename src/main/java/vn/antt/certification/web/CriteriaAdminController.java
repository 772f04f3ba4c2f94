package vn.antt.certification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.certification.CriteriaService;
import vn.antt.certification.CriteriaSet;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.infrastructure.validation.PlainTextValidator;

/** Quản trị › Bộ tiêu chí: the criteria of each legal basis, with article, clause and how each is checked. */
@Controller
class CriteriaAdminController {

    private static final int MAX_TEXT = 4000;

    private final CriteriaService criteria;

    CriteriaAdminController(CriteriaService criteria) {
        this.criteria = criteria;
    }

    @GetMapping("/admin/criteria")
    String list(@RequestParam(required = false) String set, Model model) {
        CriteriaSet chosen = set == null ? criteria.sets().get(criteria.sets().size() - 1) : criteria.set(set);
        model.addAttribute("sets", criteria.sets());
        model.addAttribute("set", chosen);
        model.addAttribute("criteria", criteria.criteria(chosen));
        model.addAttribute("frozen", criteria.frozen(chosen));
        return "certification/criteria";
    }

    @PostMapping("/admin/criteria/{id}")
    String changeText(@PathVariable long id, @RequestParam String set, @RequestParam long version,
                      @RequestParam(required = false) String text, RedirectAttributes redirect) {
        if (text == null || text.length() > MAX_TEXT
                || !PlainTextValidator.isPlain(text, true)) {
            redirect.addFlashAttribute("failure", "criteria.text.invalid");
        }
        else {
            try {
                CriteriaSet edited = criteria.changeText(id, version, text);
                redirect.addFlashAttribute("success",
                        edited.getCode().equals(set) ? "criteria.text.saved" : "criteria.text.savedAsNewVersion");
                set = edited.getCode();
            }
            catch (StaleEditException stale) {
                redirect.addFlashAttribute("failure", "common.stale");
            }
        }
        redirect.addAttribute("set", set);
        return "redirect:/admin/criteria";
    }
}
