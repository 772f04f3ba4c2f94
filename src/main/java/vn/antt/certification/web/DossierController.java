package vn.antt.certification.web;

import java.io.IOException;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.account.AccountService;
import vn.antt.certification.AttachmentKind;
import vn.antt.certification.CorrectedField;
import vn.antt.certification.CriterionCheck;
import vn.antt.certification.DecisionService;
import vn.antt.certification.DossierAction;
import vn.antt.certification.Dossier;
import vn.antt.certification.EvaluationYear;
import vn.antt.certification.DossierAssessment;
import vn.antt.certification.SelfScoringVerdicts;
import vn.antt.certification.DossierAttachment;
import vn.antt.certification.DossierConflict;
import vn.antt.certification.InputRefused;
import vn.antt.certification.DossierEvent;
import vn.antt.certification.DossierResult;
import vn.antt.certification.DossierService;
import vn.antt.certification.DossierState;
import vn.antt.certification.ShownFigure;
import vn.antt.certification.SubjectKind;
import vn.antt.infrastructure.excel.ExcelExport;
import vn.antt.infrastructure.excel.ExcelExport.Column;
import vn.antt.infrastructure.pdf.PdfDocuments;
import vn.antt.infrastructure.persistence.Chunks;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.web.Pages;
import vn.antt.infrastructure.web.Filters;
import vn.antt.infrastructure.web.OfferedChoices;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.infrastructure.web.YearSelection;
import vn.antt.infrastructure.web.StrictDates;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;
import vn.antt.infrastructure.validation.UploadNames;

/** Hồ sơ đề nghị công nhận: the year's list, one dossier with its criteria, documents, actions and history. */
@Controller
class DossierController {

    private static final long MAX_ATTACHMENT = 10L * 1024 * 1024;
    /** The refused-input form of "Lưu và gửi đề nghị": its message only, the saved draft is what the form shows. */
    static final String SEND_REFUSED = "send";

    private final DossierService dossiers;
    private final CommuneService communes;
    private final ExcelExport excel;
    private final AccountService accounts;
    private final DecisionService decisions;
    private final PdfDocuments pdf;

    DossierController(DossierService dossiers, CommuneService communes, ExcelExport excel, AccountService accounts,
                      DecisionService decisions, PdfDocuments pdf) {
        this.dossiers = dossiers;
        this.communes = communes;
        this.excel = excel;
        this.accounts = accounts;
        this.decisions = decisions;
        this.pdf = pdf;
    }

    private Long communeId(String code, int year) {
        return communes.byCode(code, year).map(Commune::getId).orElse(null);
    }

    /** A refusal by the state or a missing piece: the 409 page saying why, and nothing changed. */
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

    /** The list's query parameters, as typed in the address bar (anything unreadable is ignored). */
    record Params(String state, String kind, String commune, String result) {
    }

    /** What the list and its export show: the parameters read once. */
    private record Filter(Long communeId, DossierState state, SubjectKind kind, DossierResult result) {
    }

    private Filter filter(Params params, int year) {
        return new Filter(communeId(params.commune(), year), Filters.enumOf(DossierState.class, params.state()),
                Filters.enumOf(SubjectKind.class, params.kind()), Filters.enumOf(DossierResult.class, params.result()));
    }

    @GetMapping("/dossiers")
    String list(Params params, @PageableDefault(size = 50) Pageable pageable,
                @ModelAttribute("selectedYear") int year, @AuthenticationPrincipal CurrentUser user, Scope scope,
                Model model) {
        Filter filter = filter(params, year);
        DossierState chosenState = filter.state();
        SubjectKind chosenKind = filter.kind();
        DossierResult chosenResult = filter.result();
        model.addAttribute("dossiers", dossiers.search(year, filter.communeId(), chosenState, chosenKind,
                chosenResult, Pages.unsorted(pageable), scope));
        model.addAttribute("result", chosenResult);
        Optional<EvaluationYear> openYear = dossiers.findOpenYear(year);
        model.addAttribute("yearOpen", openYear.isPresent());
        if (openYear.isPresent() && (user.hasRole(Role.STEERING) || user.hasRole(Role.COMMUNE_OFFICER)
                || user.hasRole(Role.APPRAISER))) {
            model.addAttribute("toCreate", dossiers.toCreate(openYear.get(), user));
        }
        model.addAttribute("results", DossierResult.values());
        model.addAttribute("commune", params.commune());
        model.addAttribute("communeChoices", scope.isDistrict() ? communes.allOfDistrict() : List.of());
        model.addAttribute("state", chosenState);
        model.addAttribute("kind", chosenKind);
        model.addAttribute("states", DossierState.values());
        model.addAttribute("kinds", SubjectKind.values());
        return "certification/dossiers";
    }

    @GetMapping("/dossiers.xlsx")
    ResponseEntity<StreamingResponseBody> export(Params params, @ModelAttribute("selectedYear") int year,
                                                 Scope scope) {
        Filter filter = filter(params, year);
        List<Column<Dossier>> columns = List.of(
                new Column<>("dossier.subject", Dossier::subjectName),
                new Column<>("dossier.subjectKind", d -> excel.label("dossier.subject." + d.getSubjectKind())),
                new Column<>("dossier.commune", Dossier::placeName),
                new Column<>("dossier.state", d -> excel.label(d.getState().messageKey())),
                new Column<>("dossier.result", d -> excel.label(d.result().messageKey())),
                new Column<>("dossier.registeredOn", Dossier::getRegisteredOn),
                new Column<>("dossier.imported", d -> d.isImported() ? excel.label("common.yes") : ""));
        return excel.download("Hồ sơ đề nghị công nhận " + year + ".xlsx", "dossiers.sheet", columns,
                sink -> Chunks.forEach(page -> dossiers.search(year, filter.communeId(), filter.state(),
                        filter.kind(), filter.result(), page, scope),
                        Sort.unsorted(), sink));
    }

    @PostMapping("/dossiers/create-all")
    String createAll(@ModelAttribute("selectedYear") int year, @RequestParam(name = "year", required = false)
                     String typedYear, @RequestParam(required = false) String subjects,
                     @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (!String.valueOf(year).equals(typedYear) || !dossiers.isOpenYear(year)) {
            // the form offers only the open year the page shows: any other year was not chosen there
            redirect.addFlashAttribute("failure", "dossier.createAll.yearNotOffered");
            return "redirect:/dossiers";
        }
        try {
            int created = dossiers.createAll(year,
                    subjects == null ? Set.of() : Arrays.stream(subjects.split(" ")).collect(Collectors.toSet()), user);
            redirect.addFlashAttribute("success", "dossier.createdAll");
            redirect.addFlashAttribute("createdCount", created);
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "dossier.stale");
        }
        return "redirect:/dossiers?year=" + year;
    }

    @GetMapping("/dossiers/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Scope scope, Model model,
                HttpSession session) {
        Dossier dossier = dossiers.open(id, scope);
        List<DossierAssessment> assessments = dossiers.assessments(dossier);
        YearSelection.showing(dossier.getYear().getYear(), "/dossiers", model, session);
        model.addAttribute("dossier", dossier);
        model.addAttribute("assessments", assessments);
        Map<Long, List<ShownFigure>> figures = dossiers.shownFigures(dossier, assessments, false);
        model.addAttribute("figures", figures);
        model.addAttribute("rosterEntry", dossiers.rosterEntry(dossier).orElse(null));
        model.addAttribute("may", dossiers.allowedActions(dossier, user));
        model.addAttribute("guidance", dossiers.guidance(dossier, user));
        model.addAttribute("attachments", dossiers.attachments(dossier));
        List<DossierEvent> history = dossiers.history(id);
        model.addAttribute("history", history);
        model.addAttribute("snapshots", dossiers.snapshots(id));
        model.addAttribute("attachmentKinds", AttachmentKind.values());
        model.addAttribute("required", AttachmentKind.requiredFor(dossier.getSubjectKind()));
        model.addAttribute("correctedFields", java.util.Arrays.stream(CorrectedField.values())
                .filter(field -> field.appliesTo(dossier)).toList());
        model.addAttribute("people", accounts.fullNames(history.stream().map(DossierEvent::getActor)
                .collect(Collectors.toSet())));
        // what the officer must see first: why it came back, and whether a computed rule already fails
        model.addAttribute("returnReason", dossier.getState() == DossierState.RETURNED ? history.stream()
                .filter(e -> e.getAction() == DossierAction.RETURN).reduce((a, b) -> b)
                .map(DossierEvent::getComment).orElse(null) : null);
        model.addAttribute("computedFails", assessments.stream().anyMatch(a -> {
            CriterionCheck check = a.getCriterion().check();
            List<ShownFigure> shown = figures.get(a.getCriterion().getId());
            return check.decides() && IntStream.range(0, shown.size())
                    .anyMatch(i -> !check.rules().get(i).holds(shown.get(i).figure()));
        }));
        return "certification/dossier";
    }

    /** Bảng tự chấm điểm: the self-assessment with its evidence and figures, for signing and stamping. */
    @GetMapping("/dossiers/{id}/self-scoring")
    String selfScoring(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        model.addAllAttributes(selfScoringModel(id, user, scope));
        return "certification/self-scoring";
    }

    @GetMapping("/dossiers/{id}/self-scoring.pdf")
    ResponseEntity<byte[]> selfScoringPdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
                                          Scope scope, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> model = selfScoringModel(id, user, scope);
        Dossier dossier = (Dossier) model.get("dossier");
        return pdf.download("certification/self-scoring", model, "Bảng tự chấm điểm - " + dossier.subjectName()
                + " - " + dossier.getYear().getYear() + ".pdf", request, response);
    }

    /** What the self-scoring sheet prints: the dossier, its criteria, the figures and each criterion's verdict. */
    private Map<String, Object> selfScoringModel(long id, CurrentUser user, Scope scope) {
        Dossier dossier = dossiers.open(id, scope);
        List<DossierAssessment> assessments = dossiers.assessments(id, user);
        Map<Long, List<ShownFigure>> figures = dossiers.shownFigures(dossier, assessments, true);
        return Map.of("dossier", dossier, "assessments", assessments, "figures", figures,
                "verdicts", SelfScoringVerdicts.of(assessments, figures));
    }

    /** Giấy công nhận of one recognised unit. */
    @GetMapping("/dossiers/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, Scope scope, HttpServletRequest request,
                                       HttpServletResponse response) {
        Dossier dossier = dossiers.open(id, scope);
        return pdf.download("certification/certificates", Map.of("certificates",
                        List.of(decisions.certificate(dossier))),
                "Giấy công nhận - " + dossier.subjectName() + " - " + dossier.getYear().getYear() + ".pdf", request,
                response);
    }

    @PostMapping("/dossiers/{id}/correction")
    String correct(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String field,
                   @RequestParam(required = false) String value, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        CorrectedField corrected = Filters.enumOf(CorrectedField.class, field);
        boolean date = corrected != null && corrected.isDate();
        String text = corrected == null || date ? null : FormText.of(value,
                corrected == CorrectedField.IMPORTED_DECISION_NUMBER || corrected == CorrectedField.AREA_DECISION_NUMBER
                        ? 50 : corrected == CorrectedField.AREA_DECISION_SIGNER ? 255 : 4000, true, "value");
        return saved(id, redirect, () -> dossiers.correct(id, version, corrected, text,
                date ? StrictDates.parse(value) : null, FormText.of(reason, 4000, true, "reason"), user),
                "dossier.corrected");
    }

    @PostMapping("/dossiers/{id}/self-assessment")
    String selfAssess(@PathVariable long id, @RequestParam long version,
                      @RequestParam(required = false) String registeredOn,
                      @RequestParam(required = false) String registrationNote,
                      @RequestParam(required = false) String send,
                      @RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user,
                      RedirectAttributes redirect) {
        if (registeredOn != null && !registeredOn.isBlank() && StrictDates.parse(registeredOn) == null) {
            throw new InputRefused("dossier.registeredOn.invalid", "registeredOn");
        }
        Map<Long, DossierService.SelfAssessment> typed = new HashMap<>();
        criterionIds(params).forEach(criterion -> typed.put(criterion, new DossierService.SelfAssessment(
                yesNo(params, "met_" + criterion),
                FormText.of(params.get("evidence_" + criterion), 4000, true, "evidence_" + criterion))));
        LocalDate registered = StrictDates.parse(registeredOn);
        String note = FormText.of(registrationNote, 4000, true, "registrationNote");
        if (send == null) {
            return saved(id, redirect, () -> dossiers.saveSelfAssessment(id, version, registered, note, typed, user),
                    "dossier.saved");
        }
        // "Lưu và gửi đề nghị": what is still missing keeps the saved draft unsent, said next to the button
        return saved(id, redirect, () -> dossiers.saveAndSubmit(id, version, registered, note, typed, user)
                .ifPresentOrElse(missing -> {
                    redirect.addFlashAttribute("failure", "dossier.savedNotSent");
                    redirect.addFlashAttribute("refused", new RefusedInput(SEND_REFUSED, "send", missing, Map.of()));
                }, () -> redirect.addFlashAttribute("success", "dossier.submitted")), null);
    }

    @PostMapping("/dossiers/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty() || file.getSize() > MAX_ATTACHMENT) {
            redirect.addFlashAttribute("failure", "attachment.size");
            return "redirect:/dossiers/" + id;
        }
        if (UploadNames.refused(file.getOriginalFilename())) {
            redirect.addFlashAttribute("failure", "upload.fileName.invalid");
            return "redirect:/dossiers/" + id;
        }
        AttachmentKind attachmentKind = Filters.enumOf(AttachmentKind.class, kind);
        byte[] content = file.getBytes();
        return saved(id, redirect, () -> dossiers.attach(id, attachmentKind, file.getOriginalFilename(), content,
                user), "attachment.saved");
    }

    @GetMapping("/dossiers/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
                                    @AuthenticationPrincipal CurrentUser user) {
        DossierAttachment attachment = dossiers.attachment(id, attachmentId, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .body(attachment.getContent());
    }

    /** Gỡ bỏ: a document leaves the dossier while it is being prepared (the page asks first). */
    @PostMapping("/dossiers/{id}/attachments/{attachmentId}/delete")
    String removeAttachment(@PathVariable long id, @PathVariable long attachmentId,
                            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return saved(id, redirect, () -> dossiers.removeAttachment(id, attachmentId, user), "attachment.removed");
    }

    /** Thay tệp: another file in a document's place; a refused file is said next to that document's picker. */
    @PostMapping("/dossiers/{id}/attachments/{attachmentId}/replace")
    String replaceAttachment(@PathVariable long id, @PathVariable long attachmentId,
                             @RequestParam(required = false) MultipartFile file,
                             @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect)
            throws IOException {
        String form = "/dossiers/" + id + "/attachments/" + attachmentId + "/replace";
        String refusal = file == null || file.isEmpty() || file.getSize() > MAX_ATTACHMENT ? "attachment.size"
                : UploadNames.refused(file.getOriginalFilename()) ? "upload.fileName.invalid" : null;
        try {
            if (refusal != null) {
                throw new InputRefused(refusal, "file");
            }
            byte[] content = file.getBytes();
            return saved(id, redirect, () -> dossiers.replaceAttachment(id, attachmentId, file.getOriginalFilename(),
                    content, user), "attachment.replaced");
        }
        catch (InputRefused refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
            redirect.addFlashAttribute("refused", new RefusedInput(form, "file", refused.messageKey(), Map.of()));
            return "redirect:/dossiers/" + id;
        }
    }

    @PostMapping("/dossiers/{id}/return")
    String returnForCompletion(@PathVariable long id, @RequestParam long version,
                               @RequestParam(required = false) String reason,
                               @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return saved(id, redirect, () -> dossiers.returnForCompletion(id, version,
                FormText.of(reason, 4000, true, "reason"), user), "dossier.returned");
    }

    @PostMapping("/dossiers/{id}/appraisal")
    String appraise(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String conclusion,
                    @RequestParam(required = false) String conclusionNote, @RequestParam Map<String, String> params,
                    @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Map<Long, DossierService.Finding> findings = new HashMap<>();
        criterionIds(params).forEach(criterion -> findings.put(criterion, new DossierService.Finding(
                yesNo(params, "finding_" + criterion),
                FormText.of(params.get("findingNote_" + criterion), 4000, true, "findingNote_" + criterion))));
        Boolean concludesMet = either(conclusion, "MET", "NOT_MET");
        return saved(id, redirect, () -> dossiers.appraise(id, version, findings, concludesMet,
                FormText.of(conclusionNote, 4000, true, "conclusionNote"), user), "dossier.appraised");
    }

    @PostMapping("/dossiers/{id}/area-decision")
    String decideArea(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String decision,
                      @RequestParam(required = false) String note,
                      @RequestParam(required = false) String decisionNumber,
                      @RequestParam(required = false) String decisionDate,
                      @RequestParam(required = false) String signerName, @AuthenticationPrincipal CurrentUser user,
                      RedirectAttributes redirect) {
        Boolean recognize = either(decision, "RECOGNIZE", "REFUSE");
        // an empty date and one that is not a day (31/02) get the same message: a real day is required
        return saved(id, redirect, () -> dossiers.decideArea(id, version, recognize,
                FormText.of(note, 4000, true, "note"),
                new DossierService.AreaDecision(FormText.of(decisionNumber, 50, false, "decisionNumber"),
                        StrictDates.parse(decisionDate), FormText.of(signerName, 255, false, "signerName")), user),
                "dossier.decided");
    }

    @PostMapping("/dossiers/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return saved(id, redirect, () -> dossiers.refuse(id, version, FormText.of(reason, 4000, true, "reason"),
                user),
                "dossier.refusedDone");
    }

    @PostMapping("/dossiers/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return saved(id, redirect, () -> dossiers.revoke(id, version, FormText.of(reason, 4000, true, "reason"),
                user),
                "dossier.revoked");
    }

    /** Runs an action; a stale version sends the user back to the current dossier with the conflict message. */
    private String saved(long id, RedirectAttributes redirect, Runnable action, String successKey) {
        try {
            action.run();
            if (successKey != null) {
                redirect.addFlashAttribute("success", successKey);
            }
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "dossier.stale");
        }
        return "redirect:/dossiers/" + id;
    }

    private static List<Long> criterionIds(Map<String, String> params) {
        return params.keySet().stream().filter(key -> key.matches("criterion_\\d{1,18}"))
                .map(key -> Long.valueOf(key.substring("criterion_".length()))).toList();
    }

    /** A criterion's answer: MET, NOT_MET or none chosen; anything else was not offered. */
    private static Boolean yesNo(Map<String, String> params, String field) {
        String value = params.get(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        chosen(value, field, "MET", "NOT_MET");
        return "MET".equals(value);
    }

    /** True for the yes button's value, false for the no button's, null for anything the form does not offer. */
    private static Boolean either(String value, String yes, String no) {
        return yes.equals(value) ? Boolean.TRUE : no.equals(value) ? Boolean.FALSE : null;
    }

    /** Refuses a value that none of the form's buttons or options carries. */
    private static void chosen(String value, String field, String... offered) {
        if (value == null || !List.of(offered).contains(value)) {
            throw new InputRefused(OfferedChoices.UNKNOWN, field);
        }
    }

}
