package vn.antt.certification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.certification.DecisionService;
import vn.antt.certification.IssuingBody;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.infrastructure.validation.PlainTextValidator;

/** Quản trị › Cơ quan ban hành: names in capitals, place, signer and "Nơi nhận" printed on decisions. */
@Controller
class IssuingBodyAdminController {

    private final DecisionService decisions;

    IssuingBodyAdminController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/admin/issuing-bodies")
    String list(Model model) {
        model.addAttribute("bodies", decisions.issuingBodies());
        return "certification/issuing-bodies";
    }

    @PostMapping("/admin/issuing-bodies/{id}")
    String update(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String headerName, @RequestParam(required = false) String placeName,
                  @RequestParam(required = false) String signerName,
                  @RequestParam(required = false) String signerTitle,
                  @RequestParam(required = false) String recipients, RedirectAttributes redirect) {
        if (!valid(name, 255, true) || !valid(headerName, 255, true) || !valid(placeName, 100, true)
                || !valid(signerName, 255, false) || !valid(signerTitle, 255, false)
                || recipients != null && (recipients.length() > 4000
                        || !PlainTextValidator.isPlain(recipients, true))) {
            redirect.addFlashAttribute("failure", "issuingBody.invalid");
            return "redirect:/admin/issuing-bodies";
        }
        try {
            decisions.updateIssuingBody(id, version, new IssuingBody.Details(name.strip(), headerName.strip(),
                    placeName.strip(), blankToNull(signerName), blankToNull(signerTitle), blankToNull(recipients)));
            redirect.addFlashAttribute("success", "issuingBody.saved");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "dossier.stale");
        }
        return "redirect:/admin/issuing-bodies";
    }

    private static boolean valid(String text, int max, boolean required) {
        if (text == null || text.isBlank()) {
            return !required;
        }
        return text.length() <= max && PlainTextValidator.isPlain(text, false);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
