package vn.antt.overview;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.antt.certification.DossierService;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.reporting.YearEndReports;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;

/** Tổng quan: the user's work queue for the year, the year's figures, then the way into every part of the registry. */
@Controller
class HomeController {

    private final CommuneService communes;
    private final DossierService dossiers;
    private final YearEndReports reports;

    HomeController(CommuneService communes, DossierService dossiers, YearEndReports reports) {
        this.communes = communes;
        this.dossiers = dossiers;
        this.reports = reports;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Scope scope, @ModelAttribute("selectedYear") int year,
                Model model) {
        model.addAttribute("queue", dossiers.workQueue(year, user));
        Commune mine = user.communeId() == null ? null : communes.find(user.communeId()).orElse(null);
        String myCommune = mine == null ? null : mine.getCode();
        model.addAttribute("myCommuneCode", myCommune);
        // a commune officer sees their commune's figures, everyone else the district's; a year in which the
        // officer's commune did not exist (before it was formed, after it was merged) is explained, not a 404
        boolean communeExisted = scope.isDistrict() || mine != null && mine.existedIn(year);
        model.addAttribute("communeAbsent", !communeExisted);
        if (communeExisted) {
            reports.overview(year, scope.isDistrict() ? null : myCommune)
                    .ifPresent(figures -> model.addAttribute("figures", figures));
        }
        return "overview/home";
    }
}
