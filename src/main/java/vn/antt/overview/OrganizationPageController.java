package vn.antt.overview;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    OrganizationPageController(OrganizationService organizations, ModelService models) {
        this.organizations = organizations;
        this.models = models;
    }

    @GetMapping("/organizations/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Scope scope, Model model) {
        Organization organization = organizations.open(id, scope);
        model.addAttribute("organization", organization);
        model.addAttribute("mayEdit", CommuneAccess.mayEdit(user, organization.getCommune().getId()));
        model.addAttribute("models", models.search(
                new ModelFilter(null, null, null, null, null, null, null, null, organization.getId()),
                PageRequest.of(0, PREVIEW, Sort.by("name", "id")), scope));
        return "overview/organization";
    }
}
