package vn.antt.overview;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.antt.certification.EvaluationYear;
import vn.antt.certification.EvaluationYears;
import vn.antt.certification.Roster;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationService;
import vn.antt.selfmanaged.ModelFilter;
import vn.antt.selfmanaged.ModelService;
import vn.antt.territory.CommuneAccess;

/** One organization's page, with the models it hosts. */
@Controller
class OrganizationPageController {

    private static final int PREVIEW = 50;

    private final OrganizationService organizations;
    private final ModelService models;
    private final EvaluationYears years;
    private final Roster roster;

    OrganizationPageController(OrganizationService organizations, ModelService models, EvaluationYears years,
                               Roster roster) {
        this.organizations = organizations;
        this.models = models;
        this.years = years;
        this.roster = roster;
    }

    @GetMapping("/organizations/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Scope scope,
                @ModelAttribute("selectedYear") int year, Model model) {
        Organization organization = organizations.open(id, scope);
        model.addAttribute("organization", organization);
        model.addAttribute("mayEdit", CommuneAccess.mayEdit(user, organization.getCommune().getId()));
        model.addAttribute("models", models.search(
                new ModelFilter(null, null, null, null, null, null, null, null, organization.getId()),
                PageRequest.of(0, PREVIEW, Sort.by("name", "id")), scope));
        // in a year still open: whether it is on the year's roster (who manages it), or who adds it and how to ask
        years.find(year).filter(EvaluationYear::isOpen).ifPresent(open -> {
            model.addAttribute("rosterYear", year);
            model.addAttribute("rosterEntry", roster.entryOf(open, id).orElse(null));
        });
        return "overview/organization";
    }
}
