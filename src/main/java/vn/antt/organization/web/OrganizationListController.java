package vn.antt.organization.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.antt.infrastructure.excel.ExcelExport;
import vn.antt.infrastructure.excel.ExcelExport.Column;
import vn.antt.infrastructure.persistence.ArchiveStatus;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.web.Filters;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationFilter;
import vn.antt.organization.OrganizationKind;
import vn.antt.organization.OrganizationService;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/** Cơ quan, doanh nghiệp, nhà trường: the list with search, filters, order and pages, and its Excel export. */
@Controller
class OrganizationListController {

    static final List<String> SORTS = List.of("name", "-name", "commune", "kind", "updated");

    private final OrganizationService organizations;
    private final CommuneService communes;
    private final ExcelExport excel;

    OrganizationListController(OrganizationService organizations, CommuneService communes, ExcelExport excel) {
        this.organizations = organizations;
        this.communes = communes;
        this.excel = excel;
    }

    /** The list's query parameters, as typed in the address bar (anything unreadable is ignored). */
    record Params(String q, String commune, String kind, String status, String streak, String sort) {
    }

    @GetMapping("/organizations")
    String list(Params params, @PageableDefault(size = 25) Pageable pageable,
                @ModelAttribute("selectedYear") int year, @AuthenticationPrincipal CurrentUser user, Scope scope,
                Model model) {
        OrganizationFilter filter = filter(params, year);
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order(params.sort()));
        model.addAttribute("organizations", organizations.search(filter, page, scope));
        model.addAttribute("filter", filter);
        model.addAttribute("communeCode", params.commune());
        model.addAttribute("sort", params.sort() != null && SORTS.contains(params.sort()) ? params.sort() : "name");
        model.addAttribute("sorts", SORTS);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("statuses", ArchiveStatus.values());
        model.addAttribute("communeChoices", scope.isDistrict() ? communes.allOfDistrict() : List.of());
        model.addAttribute("mayCreate", user.hasRole(Role.ADMIN) || user.hasRole(Role.COMMUNE_OFFICER));
        return "organization/list";
    }

    @GetMapping("/organizations.xlsx")
    ResponseEntity<StreamingResponseBody> export(Params params, @ModelAttribute("selectedYear") int year,
                                                 Scope scope) {
        OrganizationFilter filter = filter(params, year);
        List<Column<Organization>> columns = List.of(
                new Column<>("organization.name", Organization::getName),
                new Column<>("organization.shortName", Organization::getShortName),
                new Column<>("organization.kind", o -> excel.label(o.getKind().messageKey())),
                new Column<>("organization.subKind", Organization::getSubKind),
                new Column<>("organization.commune", o -> o.getCommune().getName()),
                new Column<>("organization.address", Organization::getAddress),
                new Column<>("organization.taxCode", Organization::getTaxCode),
                new Column<>("organization.headName", Organization::getHeadName),
                new Column<>("organization.headTitle", Organization::getHeadTitle),
                new Column<>("organization.headPhone", Organization::getHeadPhone),
                new Column<>("organization.staffCount", Organization::getStaffCount),
                new Column<>("organization.guardForce", o -> excel.label(o.getGuardForce().messageKey())),
                new Column<>("organization.guardCount", Organization::getGuardCount),
                new Column<>("organization.hasProtectionRules", o -> yesNo(o.isHasProtectionRules())),
                new Column<>("organization.protectionRulesDate", Organization::getProtectionRulesDate),
                new Column<>("organization.hasPartyOrganization", o -> yesNo(o.isHasPartyOrganization())),
                new Column<>("organization.archivedOnHeader", Organization::getArchivedOn),
                new Column<>("organization.note", Organization::getNote));
        return excel.download("Danh sách cơ quan, doanh nghiệp, nhà trường.xlsx", "organizations.sheet", columns,
                sink -> organizations.forEach(filter, order(params.sort()), scope, sink));
    }

    private OrganizationFilter filter(Params params, int year) {
        Long communeId = communes.byCode(params.commune(), year).map(Commune::getId).orElse(null);
        String streak = params.streak();
        Integer years = streak != null && streak.matches("[1-9]|1[0-9]") ? Integer.valueOf(streak) : null;
        return new OrganizationFilter(params.q(), communeId, Filters.enumOf(OrganizationKind.class, params.kind()),
                ArchiveStatus.parse(params.status()), years);
    }

    private String yesNo(boolean value) {
        return excel.label(value ? "common.yes" : "common.no");
    }

    /** The list's order: names in Vietnamese order unless the user chose another; ties by id, so pages are stable. */
    static Sort order(String sort) {
        Sort chosen = switch (sort == null ? "" : sort) {
            case "-name" -> Sort.by(Sort.Direction.DESC, "name");
            case "commune" -> Sort.by("commune.sortName", "name");
            case "kind" -> Sort.by("kind", "name");
            case "updated" -> Sort.by(Sort.Direction.DESC, "updatedAt");
            default -> Sort.by("name");
        };
        return chosen.and(Sort.by("id"));
    }
}
