package vn.antt.territory.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.antt.infrastructure.excel.ExcelExport;
import vn.antt.infrastructure.excel.ExcelExport.Column;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.web.Pages;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/** Đơn vị hành chính: the district's communes and their Excel export (one commune's page is in overview). */
@Controller
class CommuneController {

    /** A district has tens of communes; a province a few hundred. */
    private static final int MAX_EXPORT = 5000;

    private final CommuneService communes;
    private final ExcelExport excel;

    CommuneController(CommuneService communes, ExcelExport excel) {
        this.communes = communes;
        this.excel = excel;
    }

    /** The list's query parameters, as typed in the address bar (anything unreadable is ignored). */
    record Params(String q, String streak) {
    }

    @GetMapping("/communes")
    String list(Params params, @PageableDefault(size = 50) Pageable pageable, Scope scope, Model model) {
        String q = params.q();
        model.addAttribute("q", q);
        model.addAttribute("streak", streak(params.streak()));
        // a commune officer sees every commune but opens only their own
        model.addAttribute("openableCommuneId", scope.communeId());
        model.addAttribute("communes", communes.search(q, streak(params.streak()), Pages.unsorted(pageable)));
        return "territory/communes";
    }

    @GetMapping("/communes.xlsx")
    ResponseEntity<StreamingResponseBody> export(Params params) {
        List<Column<Commune>> columns = List.of(
                new Column<>("communes.code", Commune::getCode),
                new Column<>("communes.name", Commune::getName),
                new Column<>("communes.kind", c -> excel.label(c.getKind().messageKey())),
                new Column<>("commune.validFrom", Commune::getValidFrom),
                new Column<>("commune.validTo", Commune::getValidTo),
                new Column<>("commune.successor", c -> c.getSuccessor() == null ? null : c.getSuccessor().getName()));
        return excel.download("Danh sách xã, phường.xlsx", "communes.sheet", columns,
                sink -> communes.search(params.q(), streak(params.streak()), PageRequest.of(0, MAX_EXPORT))
                        .forEach(sink));
    }

    /** "Đạt chuẩn liên tục từ N năm": a small number typed in the address, or nothing. */
    private static Integer streak(String typed) {
        return typed != null && typed.matches("[1-9]|1[0-9]") ? Integer.valueOf(typed) : null;
    }
}
