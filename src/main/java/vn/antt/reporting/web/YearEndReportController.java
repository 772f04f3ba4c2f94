package vn.antt.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.infrastructure.metrics.AppMetrics;
import vn.antt.infrastructure.pdf.PdfDocuments;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.infrastructure.web.StrictDates;
import vn.antt.reporting.YearEndDocuments;
import vn.antt.reporting.YearEndFigures;
import vn.antt.reporting.YearEndReports;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/**
 * Báo cáo tổng kết năm: the page (with the steering committee's typed parts), the print view, the PDF and the Excel
 * file, all from one {@link YearEndFigures}. A commune officer gets their own commune's.
 */
@Controller
class YearEndReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final YearEndReports reports;
    private final YearEndDocuments documents;
    private final CommuneService communes;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final AppMetrics metrics;

    YearEndReportController(YearEndReports reports, YearEndDocuments documents, CommuneService communes,
                            PdfDocuments pdf, MessageSource messages, AppMetrics metrics) {
        this.reports = reports;
        this.documents = documents;
        this.communes = communes;
        this.pdf = pdf;
        this.messages = messages;
        this.metrics = metrics;
    }

    @GetMapping("/reports/year-end")
    String page(@ModelAttribute("selectedYear") int year, @RequestParam(required = false) String commune,
                @AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        model.addAttribute("commune", commune(commune, year, scope));
        if (!reports.exists(year)) {
            model.addAttribute("district", List.of());
            model.addAttribute("missingYear", year);
            return "reporting/year-end";
        }
        // the communes of the year, as its figures name them (a closed year's as they were when it was closed);
        // a commune's officer is offered no other commune's figures
        model.addAttribute("district", scope.isDistrict() ? reports.figures(year, null).communeRows() : List.of());
        YearEndDocuments.Shown shown = documents.of(year);
        YearEndFigures figures = reports.figures(year, commune(commune, year, scope));
        model.addAllAttributes(body(figures));
        model.addAttribute("form", ReportForm.of(shown));
        // the typed parts are the district's report's; a commune's summary prints without them
        model.addAttribute("mayEdit", user.hasRole(Role.STEERING) && figures.communeCode() == null);
        return "reporting/year-end";
    }

    @PostMapping("/reports/year-end")
    String save(@ModelAttribute("selectedYear") int year, @ModelAttribute("form") ReportForm form,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        // refused before anything is shown again: the page re-shown after an error is the whole district's
        YearEndDocuments.requireEditor(user);
        LocalDate signedOn = StrictDates.parse(form.getSignedOn());
        boolean invalid = (form.getSignedOn() != null && !form.getSignedOn().isBlank() && signedOn == null)
                || (signedOn != null && (signedOn.isAfter(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))
                        || signedOn.getYear() < year))
                || !form.fits();
        if (!invalid) {
            try {
                documents.save(year, form.getVersion(), form.details(signedOn), user);
                redirect.addFlashAttribute("success", "report.saved");
                return "redirect:/reports/year-end?year=" + year;
            }
            catch (StaleEditException stale) {
                model.addAttribute("failure", "report.stale");
            }
        }
        else {
            model.addAttribute("failure", "report.invalid");
        }
        YearEndFigures whole = reports.figures(year, null);
        model.addAttribute("district", whole.communeRows());
        model.addAllAttributes(body(whole));
        model.addAttribute("document", documents.of(year));
        model.addAttribute("mayEdit", true);
        return "reporting/year-end";
    }

    @GetMapping("/reports/year-end/print")
    String print(@ModelAttribute("selectedYear") int year, @RequestParam(required = false) String commune,
                 Scope scope, Model model) {
        model.addAllAttributes(document(year, commune, scope));
        return "reporting/year-end-document";
    }

    @GetMapping("/reports/year-end.pdf")
    ResponseEntity<byte[]> pdf(@ModelAttribute("selectedYear") int year, @RequestParam(required = false) String commune,
                               Scope scope, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> model = document(year, commune, scope);
        return pdf.download("reporting/year-end-document", model, fileName(year, model, "pdf"), request, response);
    }

    @GetMapping("/reports/year-end.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute("selectedYear") int year, @RequestParam(required = false) String commune,
                                Scope scope) {
        Map<String, Object> model = document(year, commune, scope);
        YearEndFigures figures = (YearEndFigures) model.get("figures");
        byte[] content = metrics.rendering("xlsx", "reporting/year-end", () -> new YearEndWorkbook((key, args) ->
                messages.getMessage(key, args, key, LocaleContextHolder.getLocale())).write(figures,
                (YearEndFigures.PreviousYear) model.get("previous"), (YearEndDocuments.Issuer) model.get("issuer"),
                ((YearEndDocuments.Shown) model.get("document")).details()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(year, model, "xlsx"), StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(XLSX).body(content);
    }

    private Map<String, Object> document(int year, String commune, Scope scope) {
        return body(reports.figures(year, commune(commune, year, scope)));
    }

    /**
     * What the document prints: the figures, the previous year's beside them (null when that year was not opened),
     * the typed parts, and who issues it (for the header: parent and issuing body, place, number symbol).
     */
    private Map<String, Object> body(YearEndFigures figures) {
        Map<String, Object> model = new HashMap<>();
        YearEndDocuments.Shown document = documentOf(figures);
        model.put("figures", figures);
        model.put("previous", reports.previous(figures).orElse(null));
        model.put("document", document);
        model.put("issuer", figures.communeCode() == null ? YearEndDocuments.issuerOf(document.details())
                : YearEndDocuments.issuerOfCommune(figures.scopeName()));
        return model;
    }

    private YearEndDocuments.Shown documentOf(YearEndFigures figures) {
        return figures.communeCode() == null ? documents.of(figures.year())
                : documents.ofCommune(figures.year(), figures.scopeName());
    }

    /** The commune a report is about: a commune officer's own, whatever was asked; else the one asked, if any. */
    private String commune(String commune, int year, Scope scope) {
        if (!scope.isDistrict()) {
            return communes.within(scope).stream().map(Commune::getCode).findFirst().orElse("-");
        }
        return commune == null || commune.isBlank() ? null : communes.byCode(commune, year).map(Commune::getCode)
                .orElse(null);
    }

    private static String fileName(int year, Map<String, Object> model, String extension) {
        YearEndFigures figures = (YearEndFigures) model.get("figures");
        return "Báo cáo tổng kết năm " + year + (figures.communeCode() == null ? "" : " - " + figures.scopeName())
                + "." + extension;
    }
}
