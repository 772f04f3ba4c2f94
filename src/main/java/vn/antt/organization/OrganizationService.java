package vn.antt.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.persistence.Chunks;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.persistence.SearchPatterns;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.organization.internal.OrganizationRepository;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneAccess;
import vn.antt.territory.CommuneService;

/**
 * The registry of cơ quan, doanh nghiệp, nhà trường. A commune officer sees and changes those that sit in their
 * commune; the district-wide roles read all of them.
 */
@Service
@Transactional
public class OrganizationService {

    private static final NaturalKey TAX_CODE = new NaturalKey("organization_tax_code_key", "taxCode",
            "organization.taxCode.taken");
    private static final NaturalKey NAME = new NaturalKey("organization_active_name_key", "name",
            "organization.name.taken");

    private final OrganizationRepository organizations;
    private final OrganizationRules rules;
    private final CommuneService communes;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, OrganizationRules rules, CommuneService communes,
                        AuditTrail audit, Clock clock) {
        this.organizations = organizations;
        this.rules = rules;
        this.communes = communes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Organization> search(OrganizationFilter filter, Pageable pageable, Scope scope) {
        return organizations.search(scope.commune(filter.communeId()), filter.kind(), filter.status().includesActive(),
                filter.status().includesArchived(), SearchPatterns.contains(filter.q()),
                filter.streak() == null ? null : filter.streak().longValue(), pageable);
    }

    /** Hands every organization of the filter to {@code sink}, a chunk at a time (for Excel). */
    @Transactional(readOnly = true)
    public void forEach(OrganizationFilter filter, Sort sort, Scope scope, Consumer<Organization> sink) {
        Chunks.forEach(chunk -> search(filter, chunk, scope), sort, sink);
    }

    @Transactional(readOnly = true)
    public Organization open(long id, Scope scope) {
        Organization organization = organizations.findWithCommune(id).orElseThrow(NotFoundException::new);
        scope.requireCovers(organization.getCommune().getId());
        return organization;
    }

    public Organization create(Organization.Details details, CurrentUser user) {
        CommuneAccess.requireEdit(user, details.commune().getId());
        rules.require(details, 0);
        Organization organization = TAX_CODE.guard(() -> NAME.guard(() ->
                organizations.saveAndFlush(new Organization(details))));
        audit.recordValues(AuditAction.ORGANIZATION_CREATED, organization.getName(), "organization", details);
        return organization;
    }

    public Organization update(long id, long version, Organization.Details details, CurrentUser user) {
        Organization organization = editable(id, version, user);
        CommuneAccess.requireEdit(user, details.commune().getId());
        rules.require(details, id);
        Organization.Details before = organization.details();
        TAX_CODE.guard(() -> NAME.guard(() -> {
            organization.update(details);
            organizations.flush();
            return organization;
        }));
        audit.recordChanges(AuditAction.ORGANIZATION_UPDATED, organization.getName(), "organization", before,
                organization.details());
        return organization;
    }

    public void archive(long id, long version, CurrentUser user) {
        Organization organization = editable(id, version, user);
        organization.archive(LocalDate.now(clock));
        audit.record(AuditAction.ORGANIZATION_ARCHIVED, organization.getName(), audit.words().changeOfStates(
                "archive.status", "archive.status.ACTIVE", "archive.status.ARCHIVED"));
    }

    public void restore(long id, long version, CurrentUser user) {
        Organization organization = editable(id, version, user);
        if (organizations.nameTaken(organization.getCommune().getId(), organization.getName(), id)) {
            throw new FieldProblem("name", "organization.name.taken");
        }
        organization.restore();
        audit.record(AuditAction.ORGANIZATION_RESTORED, organization.getName(), audit.words().changeOfStates(
                "archive.status", "archive.status.ARCHIVED", "archive.status.ACTIVE"));
    }

    /** The commune chosen in a form, which must exist (an officer may only choose their own). */
    @Transactional(readOnly = true)
    public Commune commune(Long communeId) {
        if (communeId == null) {
            throw new FieldProblem("communeId", "organization.commune.required");
        }
        return communes.find(communeId).orElseThrow(() -> new FieldProblem("communeId",
                "organization.commune.required"));
    }

    private Organization editable(long id, long version, CurrentUser user) {
        Organization organization = organizations.findWithCommune(id).orElseThrow(NotFoundException::new);
        CommuneAccess.requireEdit(user, organization.getCommune().getId());
        if (organization.getVersion() != version) {
            throw new StaleEditException();
        }
        return organization;
    }

    /** The organization with this id, for another module that refers to one (no access check: the caller's). */
    @Transactional(readOnly = true)
    public Optional<Organization> find(long id) {
        return organizations.findById(id);
    }

    /** The first organization of a commune with this name, as an imported row names it. */
    @Transactional(readOnly = true)
    public Optional<Organization> firstByName(long communeId, String name) {
        return organizations.findByName(communeId, name).stream().findFirst();
    }
}
