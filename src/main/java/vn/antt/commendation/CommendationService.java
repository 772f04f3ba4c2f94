package vn.antt.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.commendation.internal.CommendationIssuerRepository;
import vn.antt.commendation.internal.CommendationRepository;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.persistence.Chunks;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationService;
import vn.antt.selfmanaged.ModelService;
import vn.antt.selfmanaged.SelfManagedModel;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaService;

/**
 * Khen thưởng: recorded by the steering committee and the administrator, for any year (closed ones included);
 * everyone reads them, a commune officer those of their commune.
 */
@Service
@Transactional
public class CommendationService {

    private static final NaturalKey ISSUER_CODE = new NaturalKey("commendation_issuer_code_key", "code",
            "issuer.code.taken");

    private static final NaturalKey ISSUER_NAME = new NaturalKey("commendation_issuer_name_key", "name",
            "issuer.name.taken");

    private static final NaturalKey SAME = new NaturalKey("commendation_same_key", "decisionNumber",
            "commendation.duplicate");

    /** What the form typed: the recipient by kind, commune and the unit's name (or the person). */
    public record Typed(Integer year, CommendationForm form, Long issuerId, String decisionNumber,
                        LocalDate decisionDate, RecipientKind recipientKind, Long communeId, String unitName,
                        String personName, String personPosition, String personUnit, String achievement) {
    }

    /** Which commendations a list shows. */
    public record Filter(Integer year, Long issuerId, CommendationForm form, Long communeId, Boolean collective) {
    }

    private final CommendationRepository commendations;
    private final CommendationIssuerRepository issuers;
    private final CommuneService communes;
    private final ResidentialAreaService areas;
    private final OrganizationService organizations;
    private final ModelService models;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommendationService(CommendationRepository commendations, CommendationIssuerRepository issuers,
                        CommuneService communes, ResidentialAreaService areas,
                        OrganizationService organizations, ModelService models, AuditTrail audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.commendations = commendations;
        this.issuers = issuers;
        this.communes = communes;
        this.areas = areas;
        this.organizations = organizations;
        this.models = models;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean mayRecord(CurrentUser user) {
        return user.hasRole(Role.STEERING) || user.hasRole(Role.ADMIN);
    }

    /** The commendations a list shows; within a commune's scope, that commune's whatever the filter says. */
    @Transactional(readOnly = true)
    public Page<Commendation> search(Filter filter, Pageable pageable, Scope scope) {
        Long communeId = scope.isDistrict() ? filter.communeId() : scope.communeId();
        return commendations.search(filter.year(), filter.issuerId(), filter.form(), communeId, filter.collective(),
                pageable);
    }

    @Transactional(readOnly = true)
    public void forEach(Filter filter, Scope scope, Consumer<Commendation> sink) {
        Chunks.forEach(page -> search(filter, page, scope), Sort.unsorted(), sink);
    }

    /** A commendation within the scope; another commune's (or a person's without a commune) is not found. */
    @Transactional(readOnly = true)
    public Commendation open(long id, Scope scope) {
        Commendation commendation = commendations.findWhole(id).orElseThrow(NotFoundException::new);
        if (!scope.covers(commendation.getCommune() == null ? null : commendation.getCommune().getId())) {
            throw new NotFoundException();
        }
        return commendation;
    }

    @Transactional(readOnly = true)
    public List<CommendationIssuer> issuers() {
        return issuers.findAllByOrderByPositionAscNameAsc();
    }

    /** Quản trị › Cấp khen: adds an issuer to the catalogue, or changes one (a retired one is no longer offered). */
    public void saveIssuer(Long id, Long version, String code, String name, int position, boolean retired,
                           CurrentUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("administrator only");
        }
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new FieldProblem("name", "issuer.name.required");
        }
        boolean nameTaken = issuers.findAll().stream().anyMatch(other -> !other.getId().equals(id)
                && other.getName().strip().equalsIgnoreCase(name.strip()));
        if (nameTaken) {
            throw new FieldProblem("name", "issuer.name.taken");
        }
        if (id == null) {
            if (code == null || !code.strip().matches("[A-Za-z0-9_]{1,30}")) {
                throw new FieldProblem("code", "issuer.code.invalid");
            }
            String upper = code.strip().toUpperCase(Locale.ROOT);
            if (issuers.existsByCode(upper)) {
                throw new FieldProblem("code", "issuer.code.taken");
            }
            CommendationIssuer added = ISSUER_CODE.guard(() -> ISSUER_NAME.guard(() -> issuers.saveAndFlush(
                    new CommendationIssuer(upper, name.strip(), position))));
            audit.recordValues(AuditAction.ISSUER_CHANGED, added.getName(), "issuer", added.asTyped());
        }
        else {
            CommendationIssuer issuer = issuers.findById(id).orElseThrow(NotFoundException::new);
            if (version == null || issuer.getVersion() != version) {
                throw new StaleEditException();
            }
            CommendationIssuer.AsTyped before = issuer.asTyped();
            ISSUER_NAME.guard(() -> {
                issuer.rename(name.strip(), position, retired);
                issuers.flush();
                return issuer;
            });
            audit.recordChanges(AuditAction.ISSUER_CHANGED, issuer.getName(), "issuer", before, issuer.asTyped());
        }
    }

    public Commendation create(Typed typed, CurrentUser user) {
        requireRecorder(user);
        Commendation.Details details = resolve(typed);
        if (details.issuer().isRetired()) {
            throw new FieldProblem("issuerId", "commendation.issuer.retired");
        }
        requireNew(details, 0);
        Commendation saved = SAME.guard(() -> commendations.saveAndFlush(new Commendation(details)));
        events.publishEvent(new CommendationsChanged(saved.getYear()));
        audit.recordValues(AuditAction.COMMENDATION_SAVED, target(saved), "commendation", saved.asTyped());
        return saved;
    }

    public void update(long id, long version, Typed typed, CurrentUser user) {
        requireRecorder(user);
        Commendation commendation = commendations.findWhole(id).orElseThrow(NotFoundException::new);
        if (commendation.getVersion() != version) {
            throw new StaleEditException();
        }
        Commendation.Details details = resolve(typed);
        if (details.issuer().isRetired() && !details.issuer().getId().equals(commendation.getIssuer().getId())) {
            throw new FieldProblem("issuerId", "commendation.issuer.retired");
        }
        requireNew(details, id);
        events.publishEvent(new CommendationsChanged(commendation.getYear()));
        Commendation.AsTyped before = commendation.asTyped();
        SAME.guard(() -> {
            commendation.update(details);
            commendations.flush();
            return commendation;
        });
        events.publishEvent(new CommendationsChanged(commendation.getYear()));
        audit.recordChanges(AuditAction.COMMENDATION_SAVED, target(commendation), "commendation", before,
                commendation.asTyped());
    }

    public void delete(long id, long version, CurrentUser user) {
        requireRecorder(user);
        Commendation commendation = commendations.findWhole(id).orElseThrow(NotFoundException::new);
        if (commendation.getVersion() != version) {
            throw new StaleEditException();
        }
        commendations.delete(commendation);
        events.publishEvent(new CommendationsChanged(commendation.getYear()));
        audit.recordValues(AuditAction.COMMENDATION_DELETED, target(commendation), "commendation",
                commendation.asTyped());
    }

    private static String target(Commendation commendation) {
        return commendation.getYear() + " — " + commendation.recipientName();
    }

    /**
     * Checks what was typed and finds the recipient; a problem names the field it is about. A problem does not spoil
     * the caller's transaction (an import goes on with its next row).
     */
    @Transactional(readOnly = true, noRollbackFor = FieldProblem.class)
    Commendation.Details resolve(Typed t) {
        LocalDate today = LocalDate.now(clock);
        if (t.year() == null || t.year() < 2000 || t.year() > today.getYear()) {
            throw new FieldProblem("year", "commendation.year.range");
        }
        if (t.form() == null) {
            throw new FieldProblem("form", "commendation.form.required");
        }
        CommendationIssuer issuer = t.issuerId() == null ? null : issuers.findById(t.issuerId()).orElse(null);
        if (issuer == null) {
            throw new FieldProblem("issuerId", "commendation.issuer.required");
        }
        if (t.decisionDate() != null && (t.decisionDate().isAfter(today) || t.decisionDate().getYear() < t.year())) {
            throw new FieldProblem("decisionDate", "commendation.decisionDate.range");
        }
        if (t.recipientKind() == null) {
            throw new FieldProblem("recipientKind", "commendation.recipient.required");
        }
        Commune commune = t.communeId() == null ? null : communes.allOfDistrict().stream()
                .filter(c -> c.getId().equals(t.communeId())).findFirst().orElse(null);
        if (t.recipientKind().isCollective() && commune == null) {
            throw new FieldProblem("communeId", "commendation.commune.required");
        }
        ResidentialArea area = null;
        Organization organization = null;
        SelfManagedModel model = null;
        switch (t.recipientKind()) {
            case RESIDENTIAL_AREA -> area = areas.currentByName(commune.getId(), required(t.unitName()))
                    .orElseThrow(() -> new FieldProblem("unitName", "commendation.unit.unknown"));
            case ORGANIZATION -> organization = organizations.firstByName(commune.getId(), required(t.unitName()))
                    .orElseThrow(() -> new FieldProblem("unitName", "commendation.unit.unknown"));
            case MODEL -> model = models.firstByName(commune.getId(), required(t.unitName()))
                    .orElseThrow(() -> new FieldProblem("unitName", "commendation.unit.unknown"));
            case INDIVIDUAL -> {
                if (t.personName() == null || t.personName().isBlank()) {
                    throw new FieldProblem("personName", "commendation.person.required");
                }
            }
            default -> {
            }
        }
        boolean person = t.recipientKind() == RecipientKind.INDIVIDUAL;
        return new Commendation.Details(t.year(), t.form(), issuer, t.decisionNumber(), t.decisionDate(),
                t.recipientKind(), commune, area, organization, model, person ? t.personName().strip() : null,
                person ? t.personPosition() : null, person ? t.personUnit() : null, t.achievement());
    }

    /** Refuses a second record of the same commendation (a form sent twice, a file imported twice). */
    @Transactional(readOnly = true, noRollbackFor = FieldProblem.class)
    void requireNew(Commendation.Details d, long exceptId) {
        boolean same = commendations.existsSame(d.year(), d.issuer().getId(), d.form(), d.recipientKind(),
                d.decisionNumber(), d.commune() == null ? null : d.commune().getId(),
                d.residentialArea() == null ? null : d.residentialArea().getId(),
                d.organization() == null ? null : d.organization().getId(),
                d.model() == null ? null : d.model().getId(), d.personName(), exceptId);
        if (same) {
            throw new FieldProblem("decisionNumber", "commendation.duplicate");
        }
    }

    private static String required(String unitName) {
        if (unitName == null || unitName.isBlank()) {
            throw new FieldProblem("unitName", "commendation.unit.required");
        }
        return unitName.strip();
    }

    private static void requireRecorder(CurrentUser user) {
        if (!mayRecord(user)) {
            throw new AccessDeniedException("steering committee or administrator only");
        }
    }
}
