package vn.antt.organization;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.organization.internal.OrganizationRepository;

/**
 * What an organization's details must keep beyond the shape of each field (which {@code OrganizationFormData}'s
 * annotations and the importer's {@code RowCheck} read with the same value types): one active organization of a name
 * in a commune, a tax code used once, no guards counted without a guard force. The form and the Excel import both ask
 * here, so that what one accepts the other accepts too.
 */
@Component
class OrganizationRules {

    private final OrganizationRepository organizations;

    OrganizationRules(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** Every rule {@code details} break, by form field; {@code exceptId} is the organization being edited (0: new). */
    List<FieldProblem> problems(Organization.Details details, long exceptId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.name() != null && details.commune() != null
                && organizations.nameTaken(details.commune().getId(), details.name(), exceptId)) {
            problems.add(new FieldProblem("name", "organization.name.taken"));
        }
        if (details.taxCode() != null && organizations.taxCodeTaken(details.taxCode(), exceptId)) {
            problems.add(new FieldProblem("taxCode", "organization.taxCode.taken"));
        }
        if (details.guardForce() == GuardForce.NONE && details.guardCount() != null && details.guardCount() > 0) {
            problems.add(new FieldProblem("guardCount", "organization.guardCount.none"));
        }
        return problems;
    }

    /** Refuses {@code details} with the first rule they break. */
    void require(Organization.Details details, long exceptId) {
        List<FieldProblem> problems = problems(details, exceptId);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }
}
