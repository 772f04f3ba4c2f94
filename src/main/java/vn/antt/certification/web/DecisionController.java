package vn.antt.certification.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.certification.DecisionService;
import vn.antt.certification.DecisionWording;
import vn.antt.certification.Dossier;
import vn.antt.certification.DossierConflict;
import vn.antt.certification.InputRefused;
import vn.antt.certification.RecognitionDecision;
import vn.antt.infrastructure.pdf.PdfDocuments;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.infrastructure.web.StrictDates;
import vn.antt.infrastructure.web.YearSelection;

/** Quyết định công nhận: the year's decisions, a new draft, its print view, and issuing it. */
@Controller
class DecisionController {

    private final DecisionService decisions;
    private final PdfDocuments pdf;

    DecisionController(DecisionService decisions, PdfDocuments pdf) {
        this.decisions = decisions;
        this.pdf = pdf;
    }

    /** A refused input: its form's page again, with the message. */
    @ExceptionHandler(InputRefused.class)
    String refused(InputRefused refused, HttpServletRequest request) {
        return InputRefusals.backToForm(refused, request);
    }

    /** Nothing refused, unless a refused form's input came back with the redirect. */
    @ModelAttribute("refused")
    RefusedInput refusedInput() {
        return RefusedInput.NONE;
    }

    @ExceptionHandler(DossierConflict.class)
    String conflict(DossierConflict conflict, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("reasonKey", conflict.messageKey());
        return "error/409";
    }

    @GetMapping("/decisions")
    String list(@ModelAttribute("selectedYear") int year, Scope scope, Model model) {
        model.addAttribute("decisions", decisions.ofYear(year, scope));
        model.addAttribute("ready", decisions.readyForDecision(year, scope));
        model.addAttribute("bodies", decisions.decisionBodies());
        return "certification/decisions";
    }

    @PostMapping("/decisions")
    String draft(@RequestParam(name = "dossier", required = false) List<Long> dossierIds,
                 @RequestParam(required = false) Long body, @RequestParam(required = false) String proposal,
                 @RequestParam(required = false) String signerName, @ModelAttribute("selectedYear") int year,
                 @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        RecognitionDecision draft = decisions.draft(year, dossierIds == null ? null
                : dossierIds.stream().filter(java.util.Objects::nonNull).toList(), body,
                FormText.of(proposal, 500, false, "proposal"),
                FormText.of(signerName, 255, false, "signerName"), null, user);
        redirect.addFlashAttribute("success", "decision.drafted");
        return "redirect:/decisions/" + draft.getId();
    }

    @GetMapping("/decisions/{id}")
    String show(@PathVariable long id, Scope scope, Model model, HttpSession session) {
        RecognitionDecision decision = decisions.get(id, scope);
        List<Dossier> itsDossiers = decisions.dossiersOf(id, scope);
        YearSelection.showing(decision.getYear().getYear(), "/decisions", model, session);
        model.addAttribute("decision", decision);
        model.addAttribute("dossiers", itsDossiers);
        model.addAttribute("shownSet", DecisionService.shownSet(decision, itsDossiers));
        return "certification/decision";
    }

    @GetMapping("/decisions/{id}/print")
    String print(@PathVariable long id, Scope scope, Model model) {
        model.addAllAttributes(printModel(decisions.get(id, scope), scope));
        return "certification/decision-print";
    }

    @GetMapping("/decisions/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Scope scope, HttpServletRequest request,
                               HttpServletResponse response) {
        RecognitionDecision decision = decisions.get(id, scope);
        Map<String, Object> model = printModel(decision, scope);
        String name = decision.getNumber() == null ? "Dự thảo quyết định công nhận năm " + decision.getYear().getYear()
                : "Quyết định " + decision.getNumber().replace('/', '-');
        return pdf.download("certification/decision-print", model, name + ".pdf", request, response);
    }

    /** What the decision's print view and PDF show: the decision, its units and how it words them. */
    private Map<String, Object> printModel(RecognitionDecision decision, Scope scope) {
        List<Dossier> units = decisions.dossiersOf(decision.getId(), scope);
        return Map.of("decision", decision, "dossiers", units, "wording", DecisionWording.of(units));
    }

    @GetMapping("/decisions/{id}/certificates.pdf")
    ResponseEntity<byte[]> certificates(@PathVariable long id, Scope scope, HttpServletRequest request,
                                        HttpServletResponse response) {
        RecognitionDecision decision = decisions.get(id, scope);
        return pdf.download("certification/certificates", Map.of("certificates", decisions.certificates(id, scope)),
                "Giấy công nhận - " + String.valueOf(decision.getNumber()).replace('/', '-') + ".pdf", request,
                response);
    }

    @PostMapping("/decisions/{id}/delete")
    String deleteDraft(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
                       RedirectAttributes redirect) {
        try {
            decisions.deleteDraft(id, version, user);
            redirect.addFlashAttribute("success", "decision.deleted");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "dossier.stale");
            return "redirect:/decisions/" + id;
        }
        return "redirect:/decisions";
    }

    @PostMapping("/decisions/{id}/dossiers/{dossierId}/remove")
    String removeFromDraft(@PathVariable long id, @PathVariable long dossierId, @RequestParam long version,
                           @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            decisions.removeFromDraft(id, dossierId, version, user);
            redirect.addFlashAttribute("success", "decision.removed");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "dossier.stale");
        }
        return "redirect:/decisions/" + id;
    }

    @PostMapping("/decisions/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) String shownSet,
                 @RequestParam(required = false) String number, @RequestParam(required = false) String signedOn,
                 @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            decisions.issue(id, shownSet, FormText.of(number, 50, false, "number"), StrictDates.parse(signedOn),
                    user);
            redirect.addFlashAttribute("success", "decision.issued");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "dossier.stale");
        }
        return "redirect:/decisions/" + id;
    }

    @PostMapping("/decisions/{id}/correction")
    String correct(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String number,
                   @RequestParam(required = false) String signedOn, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            decisions.correct(id, version, FormText.of(number, 50, false, "number"), StrictDates.parse(signedOn),
                    FormText.of(reason, 4000, true, "reason"), user);
            redirect.addFlashAttribute("success", "decision.corrected");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "dossier.stale");
        }
        return "redirect:/decisions/" + id;
    }
}
