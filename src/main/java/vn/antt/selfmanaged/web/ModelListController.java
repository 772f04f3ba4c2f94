package vn.antt.selfmanaged.web;

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
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.web.Filters;
import vn.antt.selfmanaged.ModelFilter;
import vn.antt.selfmanaged.ModelQuality;
import vn.antt.selfmanaged.ModelService;
import vn.antt.selfmanaged.ModelStatus;
import vn.antt.selfmanaged.SelfManagedModel;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/** Mô hình tự quản: the list with its year counters, filters, order and pages, and its Excel export. */
@Controller
class ModelListController {

    static final List<String> SORTS = List.of("name", "commune", "type", "founded", "-founded");

    private final ModelService models;
    private final CommuneService communes;
    private final ExcelExport excel;

    ModelListController(ModelService models, CommuneService communes, ExcelExport excel) {
        this.models = models;
        this.communes = communes;
        this.excel = excel;
    }

    /** The list's query parameters, as typed in the address bar (anything unreadable is ignored). */
    record Params(String q, String commune, String type, String status, String newIn, String activeIn,
                  String quality, String host, String sort) {
    }

    @GetMapping("/models")
    String list(Params params, @PageableDefault(size = 25) Pageable pageable,
                @ModelAttribute("selectedYear") int year, @AuthenticationPrincipal CurrentUser user, Scope scope,
                Model model) {
        ModelFilter filter = filter(params, year);
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order(params.sort()));
        model.addAttribute("models", models.search(filter, page, scope));
        model.addAttribute("counters", models.counters(filter, year, scope));
        model.addAttribute("filter", filter);
        model.addAttribute("params", params);
        model.addAttribute("sort", params.sort() != null && SORTS.contains(params.sort()) ? params.sort() : "name");
        model.addAttribute("sorts", SORTS);
        model.addAttribute("types", models.allTypes());
        model.addAttribute("statuses", ModelStatus.values());
        model.addAttribute("qualities", ModelQuality.values());
        model.addAttribute("communeChoices", scope.isDistrict() ? communes.allOfDistrict() : List.of());
        model.addAttribute("mayCreate", user.hasRole(Role.ADMIN) || user.hasRole(Role.COMMUNE_OFFICER));
        return "selfmanaged/list";
    }

    @GetMapping("/models.xlsx")
    ResponseEntity<StreamingResponseBody> export(Params params, @ModelAttribute("selectedYear") int year,
                                                 Scope scope) {
        ModelFilter filter = filter(params, year);
        List<Column<SelfManagedModel>> columns = List.of(
                new Column<>("model.name", SelfManagedModel::getName),
                new Column<>("model.type", m -> m.getType().getName()),
                new Column<>("model.commune", m -> m.getCommune().getName()),
                new Column<>("model.foundedOn", SelfManagedModel::getFoundedOn),
                new Column<>("model.decisionNumber", SelfManagedModel::getDecisionNumber),
                new Column<>("model.decisionDate", SelfManagedModel::getDecisionDate),
                new Column<>("model.leaderName", SelfManagedModel::getLeaderName),
                new Column<>("model.leaderPhone", SelfManagedModel::getLeaderPhone),
                new Column<>("model.membersCount", SelfManagedModel::getMembersCount),
                new Column<>("model.hostBody", SelfManagedModel::getHostBody),
                new Column<>("model.figure", SelfManagedModel::getFigure),
                new Column<>("model.status", m -> excel.label(m.getStatus().messageKey())),
                new Column<>("model.statusSince", SelfManagedModel::getStatusSince),
                new Column<>("model.description", SelfManagedModel::getDescription));
        return excel.download("Mô hình tự quản.xlsx", "models.sheet", columns,
                sink -> models.forEach(filter, order(params.sort()), scope, sink));
    }

    private ModelFilter filter(Params params, int year) {
        Long communeId = communes.byCode(params.commune(), year).map(Commune::getId).orElse(null);
        ModelQuality quality = Filters.enumOf(ModelQuality.class, params.quality());
        ModelStatus status = Filters.enumOf(ModelStatus.class, params.status());
        return new ModelFilter(params.q(), communeId, number(params.type()), status, year(params.newIn()),
                year(params.activeIn()), quality, quality == null ? null : year, number(params.host()));
    }

    static Sort order(String sort) {
        Sort chosen = switch (sort == null ? "" : sort) {
            case "commune" -> Sort.by("commune.sortName", "name");
            case "type" -> Sort.by("type.name", "name");
            case "founded" -> Sort.by("foundedOn", "name");
            case "-founded" -> Sort.by(Sort.Direction.DESC, "foundedOn").and(Sort.by("name"));
            default -> Sort.by("name");
        };
        return chosen.and(Sort.by("id"));
    }

    private static Long number(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static Integer year(String value) {
        return value != null && value.matches("\\d{4}") ? Integer.valueOf(value) : null;
    }
}
