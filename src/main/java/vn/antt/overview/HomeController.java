package vn.antt.overview;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.territory.CommuneRepository;

/** Tổng quan: the home page (the year's dashboard comes with the certification work). */
@Controller
class HomeController {

    private final CommuneRepository communes;

    HomeController(CommuneRepository communes) {
        this.communes = communes;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("myCommuneCode", user.communeId() == null ? null
                : communes.findById(user.communeId()).map(c -> c.getCode()).orElse(null));
        return "overview/home";
    }
}
