package vn.antt.certification.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.certification.DossierConflict;
import vn.antt.certification.InputRefused;
import vn.antt.certification.EvaluationYear;
import vn.antt.certification.EvaluationYears;
import vn.antt.certification.Roster;
import vn.antt.certification.RosterEntry;
import vn.antt.certification.internal.RosterEntryRepository;
import vn.antt.infrastructure.excel.ExcelExport;
import vn.antt.infrastructure.excel.ExcelExport.Column;
import vn.antt.infrastructure.persistence.Chunks;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.web.Pages;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/**
 * Năm xét › Danh sách tham gia phong trào: the year's organizations and who manages each; the steering committee
 * builds and adjusts it, a commune officer sees the organizations their commune manages.
 */
@Controller
class RosterController {

    /** The manager filter's and form's value for Công an thị xã. */
    static final String TOWN = "TOWN";

    private final Roster roster;
    private final EvaluationYears years;
    private final CommuneService communes;
    private final ExcelExport excel;

    RosterController(Roster roster, EvaluationYears years, CommuneService communes, ExcelExport excel) {
        this.roster = roster;
        this.years = years;
        this.communes = communes;
        this.excel = excel;
    }

    /** A refusal by the year's state: the 409 page saying why, and nothing changed. */
    /** A refused input: its form's page again, with the message. */
    @ExceptionHandler(InputRefused.class)
    String refused(InputRefused refused, HttpServletRequest request) {
        return InputRefusals.backToForm(refused, request);
    }

    @ExceptionHandler(DossierConflict.class)
    String conflict(DossierConflict conflict, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("reasonKey", conflict.messageKey());
        return "error/409";
    }

    /** The menu's entry: the roster of the year the user is looking at. */
    @GetMapping("/roster")
    String ofSelectedYear(@ModelAttribute("selectedYear") int year, RedirectAttributes redirect) {
        if (years.find(year).isEmpty()) {
            redirect.addFlashAttribute("failure", "roster.noYear");
            return "redirect:/years";
        }
        return "redirect:/years/" + year + "/roster";
    }

    /** The roster list's query parameters, as typed in the address bar (anything unreadable is ignored). */
    record Params(String q, String manager, String commune) {
    }

    @GetMapping("/years/{year}/roster")
    String show(@PathVariable int year, Params params, @PageableDefault(size = 50) Pageable pageable, Scope scope,
                Model model) {
        String q = params.q();
        String manager = params.manager();
        String commune = params.commune();
        EvaluationYear evaluationYear = years.get(year);
        List<Commune> district = communes.allOfDistrict();
        model.addAttribute("evaluationYear", evaluationYear);
        model.addAttribute("entries", roster.search(year, filter(q, manager, commune, year), Pages.unsorted(pageable),
                scope));
        model.addAttribute("q", q);
        model.addAttribute("manager", manager);
        model.addAttribute("commune", commune);
        model.addAttribute("district", district);
        model.addAttribute("previousYearExists", years.find(year - 1).isPresent());
        Map<Long, Long> counts = roster.countByManager(year).stream().collect(Collectors.toMap(
                c -> c.getCommuneId() == null ? 0L : c.getCommuneId(), RosterEntryRepository.ManagerCount::getCount));
        model.addAttribute("townCount", counts.getOrDefault(0L, 0L));
        model.addAttribute("communeCount", counts.entrySet().stream().filter(e -> e.getKey() != 0L)
                .mapToLong(Map.Entry::getValue).sum());
        return "certification/roster";
    }

    @GetMapping("/years/{year}/roster.xlsx")
    ResponseEntity<StreamingResponseBody> export(@PathVariable int year, Params params, Scope scope) {
        years.get(year);
        Roster.Filter filter = filter(params.q(), params.manager(), params.commune(), year);
        List<Column<RosterEntry>> columns = List.of(
                new Column<>("organization.name", e -> e.getOrganization().getName()),
                new Column<>("organization.kind", e -> excel.label(e.getOrganization().getKind().messageKey())),
                new Column<>("organization.commune", e -> e.getOrganization().getCommune().getName()),
                new Column<>("roster.manager", e -> managerName(e)),
                new Column<>("roster.basis", RosterEntry::getBasis));
        return excel.download("Danh sách tham gia phong trào " + year + ".xlsx", "roster.sheet", columns,
                sink -> Chunks.forEach(page -> roster.search(year, filter, page, scope), Sort.unsorted(), sink));
    }

    @PostMapping("/years/{year}/roster/add-active")
    String addActive(@PathVariable int year, @RequestParam(required = false) String basis,
                     @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int added = roster.addActive(year, FormText.of(basis, 500, false, "basis"), user);
        redirect.addFlashAttribute("success", "roster.added");
        redirect.addFlashAttribute("changedCount", added);
        return "redirect:/years/" + year + "/roster";
    }

    @PostMapping("/years/{year}/roster/copy")
    String copy(@PathVariable int year, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int copied = roster.copyFromPreviousYear(year, user);
        redirect.addFlashAttribute("success", "roster.copied");
        redirect.addFlashAttribute("changedCount", copied);
        return "redirect:/years/" + year + "/roster";
    }

    @PostMapping("/years/{year}/roster/{entryId}")
    String assign(@PathVariable int year, @PathVariable long entryId, @RequestParam long version,
                  @RequestParam(required = false) String manager, @RequestParam(required = false) String basis,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Roster.requireKeeper(user);
        Long managerId = managerId(manager);
        if (managerId == null && !TOWN.equals(manager)) {
            redirect.addFlashAttribute("failure", "roster.managerUnknown");
        }
        else {
            try {
                roster.assign(entryId, version, managerId, FormText.of(basis, 500, false, "basis"), user);
                redirect.addFlashAttribute("success", "roster.assigned");
            }
            catch (StaleEditException stale) {
                redirect.addFlashAttribute("failure", "roster.stale");
            }
        }
        return "redirect:/years/" + year + "/roster";
    }

    @PostMapping("/years/{year}/roster/{entryId}/remove")
    String remove(@PathVariable int year, @PathVariable long entryId, @RequestParam long version,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            roster.remove(entryId, version, user);
            redirect.addFlashAttribute("success", "roster.removed");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "roster.stale");
        }
        return "redirect:/years/" + year + "/roster";
    }

    private Roster.Filter filter(String q, String manager, String commune, int year) {
        Long locatedId = communes.byCode(commune, year).map(Commune::getId).orElse(null);
        return new Roster.Filter(q, TOWN.equals(manager), managerId(manager), locatedId);
    }

    private static Long managerId(String manager) {
        return manager != null && manager.matches("\\d{1,18}") ? Long.valueOf(manager) : null;
    }

    private String managerName(RosterEntry entry) {
        return entry.isTownManaged() ? excel.label("roster.town")
                : excel.label("roster.communePolice") + " " + entry.getManagingCommune().getNameInPhrase();
    }
}
