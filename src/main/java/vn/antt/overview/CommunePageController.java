package vn.antt.overview;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.antt.infrastructure.persistence.ArchiveStatus;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.reporting.YearEndReports;
import vn.antt.infrastructure.web.Pages;
import vn.antt.organization.OrganizationFilter;
import vn.antt.organization.OrganizationService;
import vn.antt.selfmanaged.ModelFilter;
import vn.antt.selfmanaged.ModelService;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneAccess;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ResidentialAreaService;

/**
 * One commune's page: its details, its khu dân cư, the organizations that sit in it and its models with the
 * selected year's figures. It combines several modules, so it lives here rather than in territory.
 */
@Controller
class CommunePageController {

    /** The page shows the first ones; the lists behind its links show all. */
    private static final int PREVIEW = 20;

    private final CommuneService communes;
    private final ResidentialAreaService areas;
    private final OrganizationService organizations;
    private final ModelService models;
    private final YearEndReports reports;

    CommunePageController(CommuneService communes, ResidentialAreaService areas, OrganizationService organizations,
                          ModelService models, YearEndReports reports) {
        this.communes = communes;
        this.areas = areas;
        this.organizations = organizations;
        this.models = models;
        this.reports = reports;
    }

    @GetMapping("/communes/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @PageableDefault(size = 50) Pageable pageable,
                @ModelAttribute("selectedYear") int year, @AuthenticationPrincipal CurrentUser user, Scope scope,
                Model model) {
        Commune commune = communes.open(code, year, scope);
        ArchiveStatus archiveStatus = ArchiveStatus.parse(status);
        model.addAttribute("commune", commune);
        model.addAttribute("q", q);
        model.addAttribute("status", archiveStatus);
        model.addAttribute("statuses", ArchiveStatus.values());
        model.addAttribute("areas", areas.list(commune, q, archiveStatus, Pages.unsorted(pageable)));
        model.addAttribute("mayEdit", CommuneAccess.mayEdit(user, commune.getId()));
        model.addAttribute("organizations", organizations.search(
                new OrganizationFilter(null, commune.getId(), null, ArchiveStatus.ACTIVE),
                PageRequest.of(0, PREVIEW, Sort.by("name", "id")), scope));
        ModelFilter ofCommune = new ModelFilter(null, commune.getId(), null, null, null, null, null, null, null);
        model.addAttribute("models", models.search(ofCommune, PageRequest.of(0, PREVIEW, Sort.by("name", "id")), scope));
        model.addAttribute("modelCounters", models.counters(ofCommune, year, scope));
        if (commune.existedIn(year)) {
            reports.overview(year, commune.getCode()).ifPresent(figures -> model.addAttribute("figures", figures));
        }
        return "overview/commune";
    }
}
