package vn.antt.overview;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.antt.certification.DossierService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.territory.CommuneRepository;

/** Tổng quan: the user's work queue for the year, then the way into every part of the registry. */
@Controller
class HomeController {

    private final CommuneRepository communes;
    private final DossierService dossiers;

    HomeController(CommuneRepository communes, DossierService dossiers) {
        this.communes = communes;
        this.dossiers = dossiers;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("selectedYear") int year, Model model) {
        model.addAttribute("queue", dossiers.workQueue(year, user));
        model.addAttribute("myCommuneCode", user.communeId() == null ? null
                : communes.findById(user.communeId()).map(c -> c.getCode()).orElse(null));
        return "overview/home";
    }
}
