package vn.antt.territory.web;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.territory.CommuneService;

/** Đơn vị hành chính: the district's communes and one commune's page. */
@Controller
class CommuneController {

    private final CommuneService communes;

    CommuneController(CommuneService communes) {
        this.communes = communes;
    }

    @GetMapping("/communes")
    String list(@RequestParam(required = false) String q, @PageableDefault(size = 50) Pageable pageable,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("q", q);
        // a commune officer sees every commune but opens only their own
        model.addAttribute("openableCommuneId", user.isCommuneScoped() ? user.communeId() : null);
        model.addAttribute("communes", communes.search(q, pageable));
        return "territory/communes";
    }

    @GetMapping("/communes/{code}")
    String show(@PathVariable String code, @ModelAttribute("selectedYear") int year,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("commune", communes.open(code, year, user));
        return "territory/commune";
    }
}
