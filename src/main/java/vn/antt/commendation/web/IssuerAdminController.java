package vn.antt.commendation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.commendation.CommendationService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.infrastructure.validation.PlainTextValidator;

/** Quản trị › Cấp khen: the catalogue of who commends. */
@Controller
class IssuerAdminController {

    private final CommendationService commendations;

    IssuerAdminController(CommendationService commendations) {
        this.commendations = commendations;
    }

    @GetMapping("/admin/commendation-issuers")
    String list(Model model) {
        model.addAttribute("issuers", commendations.issuers());
        return "commendation/issuers";
    }

    @PostMapping("/admin/commendation-issuers")
    String save(@RequestParam(required = false) String id, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String code,
                @RequestParam(required = false) String name, @RequestParam(required = false) String position,
                @RequestParam(required = false) String retired, @AuthenticationPrincipal CurrentUser user,
                RedirectAttributes redirect) {
        // the row's id and its check box are chosen on the page, never typed: anything else was not offered
        boolean knownId = id == null || id.isBlank() || id.strip().matches("\\d{1,18}");
        if (!knownId || retired != null && !retired.equals("true") && !retired.equals("false")) {
            redirect.addFlashAttribute("failure", "issuer.choice.unknown");
            return "redirect:/admin/commendation-issuers";
        }
        Long issuerId = id == null || id.isBlank() ? null : Long.valueOf(id.strip());
        if (position != null && !position.isBlank() && !position.strip().matches("\\d{1,4}")) {
            redirect.addFlashAttribute("failure", "issuer.position.invalid");
            return "redirect:/admin/commendation-issuers";
        }
        if (!PlainTextValidator.isPlain(name, false) || !PlainTextValidator.isPlain(code, false)) {
            redirect.addFlashAttribute("failure", "issuer.text.invalid");
            return "redirect:/admin/commendation-issuers";
        }
        try {
            commendations.saveIssuer(issuerId, version, code, name, position == null || position.isBlank() ? 0
                    : Integer.parseInt(position.strip()), "true".equals(retired), user);
            redirect.addFlashAttribute("success", "issuer.saved");
        }
        catch (FieldProblem problem) {
            redirect.addFlashAttribute("failure", problem.messageKey());
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "common.stale");
        }
        return "redirect:/admin/commendation-issuers";
    }
}
