package vn.antt.selfmanaged;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.audit.AuditWords;
import vn.antt.infrastructure.history.ClosedYears;
import vn.antt.infrastructure.persistence.Chunks;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.persistence.SearchPatterns;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationService;
import vn.antt.selfmanaged.internal.ModelAssessmentRepository;
import vn.antt.selfmanaged.internal.ModelMemberRepository;
import vn.antt.selfmanaged.internal.ModelStatusChangeRepository;
import vn.antt.selfmanaged.internal.ModelTypeRepository;
import vn.antt.selfmanaged.internal.SelfManagedModelRepository;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneAccess;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaService;

/** Mô hình tự quản: kept by their commune's officers, read by the district. */
@Service
@Transactional
public class ModelService {

    private static final NaturalKey NAME = new NaturalKey("self_managed_model_name_key", "name", "model.name.taken");

    private final SelfManagedModelRepository models;
    private final ModelRules rules;
    private final ModelTypeRepository types;
    private final ModelAssessmentRepository assessments;
    private final ModelStatusChangeRepository statusChanges;
    private final ModelMemberRepository members;
    private final CommuneService communes;
    private final ResidentialAreaService areas;
    private final OrganizationService organizations;
    private final AuditTrail audit;
    private final ClosedYears closedYears;
    private final Clock clock;

    ModelService(SelfManagedModelRepository models, ModelRules rules, ModelTypeRepository types, ModelAssessmentRepository assessments,
                 ModelStatusChangeRepository statusChanges, ModelMemberRepository members, CommuneService communes,
                 ResidentialAreaService areas, OrganizationService organizations, AuditTrail audit,
                 ClosedYears closedYears, Clock clock) {
        this.models = models;
        this.rules = rules;
        this.types = types;
        this.assessments = assessments;
        this.statusChanges = statusChanges;
        this.members = members;
        this.communes = communes;
        this.areas = areas;
        this.organizations = organizations;
        this.audit = audit;
        this.closedYears = closedYears;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<SelfManagedModel> search(ModelFilter filter, Pageable pageable, Scope scope) {
        return models.search(scope.commune(filter.communeId()), filter.typeId(), filter.status(),
                filter.newIn() == null ? 0 : filter.newIn(), filter.activeIn() == null ? 0 : filter.activeIn(),
                filter.hostId(),
                filter.quality(), filter.quality() == null ? null : filter.qualityYear(),
                SearchPatterns.contains(filter.q()), pageable);
    }

    /** The year's counters for the list's search, commune, type and host. */
    @Transactional(readOnly = true)
    public ModelCounters counters(ModelFilter filter, int year, Scope scope) {
        return models.counters(year, scope.commune(filter.communeId()), filter.typeId(),
                filter.hostId(), SearchPatterns.contains(filter.q()));
    }

    /** The year's counters of a commune or of a host organization, for the certification's computed checks. */
    @Transactional(readOnly = true)
    public ModelCounters yearCounters(Long communeId, Long hostId, int year) {
        return models.counters(year, communeId, null, hostId, null);
    }

    @Transactional(readOnly = true)
    public void forEach(ModelFilter filter, Sort sort, Scope scope, Consumer<SelfManagedModel> sink) {
        Chunks.forEach(chunk -> search(filter, chunk, scope), sort, sink);
    }

    @Transactional(readOnly = true)
    public SelfManagedModel open(long id, Scope scope) {
        SelfManagedModel model = models.findWithRelations(id).orElseThrow(NotFoundException::new);
        scope.requireCovers(model.getCommune().getId());
        return model;
    }

    @Transactional(readOnly = true)
    public List<ModelAssessment> assessments(long modelId) {
        return assessments.findByModelIdOrderByYearDesc(modelId);
    }

    @Transactional(readOnly = true)
    public List<ModelStatusChange> statusHistory(long modelId) {
        return statusChanges.findByModelIdOrderByChangedOnDescIdDesc(modelId);
    }

    @Transactional(readOnly = true)
    public List<ModelMember> members(long modelId) {
        return members.findByModelIdOrderByPositionAscIdAsc(modelId);
    }

    @Transactional(readOnly = true)
    public List<ModelType> activeTypes() {
        return types.findByRetiredFalseOrderByPositionAscNameAsc();
    }

    @Transactional(readOnly = true)
    public List<ModelType> allTypes() {
        return types.findAllByOrderByRetiredAscPositionAscNameAsc();
    }

    /** What the form typed, resolved and checked: the references exist and belong together. */
    public record Input(String name, Long typeId, Long communeId, Long residentialAreaId, Long hostOrganizationId,
                        LocalDate foundedOn, String decisionNumber, LocalDate decisionDate, String decisionIssuer,
                        String leaderName, String leaderPhone, Integer membersCount, String hostBody,
                        String description, Integer figure) {
    }

    public SelfManagedModel create(Input input, CurrentUser user) {
        SelfManagedModel.Details details = resolve(input, null, user);
        rules.require(details, null);
        SelfManagedModel model = NAME.guard(() -> models.saveAndFlush(new SelfManagedModel(details)));
        statusChanges.save(new ModelStatusChange(model, ModelStatus.ACTIVE, model.getFoundedOn(), null,
                user.getUsername(), clock.instant()));
        audit.recordValues(AuditAction.MODEL_CREATED, model.getName(), "model", details);
        return model;
    }

    public SelfManagedModel update(long id, long version, Input input, CurrentUser user) {
        SelfManagedModel model = editable(id, version, user);
        SelfManagedModel.Details details = resolve(input, model.getType(), user);
        rules.require(details, model);
        LocalDate firstRecord = statusChanges.findByModelIdOrderByChangedOnDescIdDesc(id).stream()
                .map(ModelStatusChange::getChangedOn).filter(day -> !day.equals(model.getFoundedOn()))
                .min(LocalDate::compareTo).orElse(null);
        int firstAssessed = assessments.findByModelIdOrderByYearDesc(id).stream().mapToInt(ModelAssessment::getYear)
                .min().orElse(Integer.MAX_VALUE);
        if (firstRecord != null && details.foundedOn().isAfter(firstRecord)
                || details.foundedOn().getYear() > firstAssessed) {
            throw new FieldProblem("foundedOn", "model.foundedOn.afterRecords");
        }
        SelfManagedModel.Details before = model.details();
        NAME.guard(() -> {
            model.update(details);
            models.flush();
            return model;
        });
        audit.recordChanges(AuditAction.MODEL_UPDATED, model.getName(), "model", before, model.details());
        return model;
    }

    public void changeStatus(long id, long version, ModelStatus status, LocalDate on, String reason,
                             CurrentUser user) {
        SelfManagedModel model = editable(id, version, user);
        if (on.isBefore(model.getFoundedOn())) {
            throw new FieldProblem("changedOn", "model.status.beforeFounding");
        }
        if (model.getStatus() == ModelStatus.DISSOLVED) {
            throw new FieldProblem("status", "model.status.dissolvedIsFinal");
        }
        if (status == model.getStatus()) {
            throw new FieldProblem("status", "model.status.same");
        }
        if (model.getStatusSince() != null && on.isBefore(model.getStatusSince())) {
            throw new FieldProblem("changedOn", "model.status.beforeLast");
        }
        if (status != ModelStatus.ACTIVE && (reason == null || reason.isBlank())) {
            throw new FieldProblem("reason", "model.status.reasonRequired");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new FieldProblem("changedOn", "date.future");
        }
        closedYears.requireAfterClosedYears("changedOn", on);
        ModelStatus from = model.getStatus();
        statusChanges.save(model.changeStatus(status, on, reason, user.getUsername(), clock.instant()));
        AuditWords words = audit.words();
        audit.record(AuditAction.MODEL_STATUS_CHANGED, model.getName(), words.message("audit.modelStatus",
                words.value(from), words.value(status), words.value(on)));
    }

    /**
     * Records the year's assessment over the one the form showed ({@code version}, null for none): an assessment
     * saved meanwhile by someone else is not overwritten unseen.
     */
    public void assess(long id, int year, Long version, ModelAssessment.Details details, CurrentUser user) {
        SelfManagedModel model = models.findWithRelations(id).orElseThrow(NotFoundException::new);
        CommuneAccess.requireEdit(user, model.getCommune().getId());
        if (year < model.getFoundedOn().getYear() || year > LocalDate.now(clock).getYear()) {
            throw new FieldProblem("year", "model.assessment.yearOutOfRange");
        }
        if (year <= closedYears.lastClosed()) {
            throw new FieldProblem("year", "history.assessment.closedYear");
        }
        Optional<ModelAssessment> existing = assessments.findByModelIdAndYear(id, year);
        if (existing.map(a -> !Long.valueOf(a.getVersion()).equals(version)).orElse(version != null)) {
            throw new StaleEditException();
        }
        ModelAssessment assessment = existing.orElseGet(() -> new ModelAssessment(model, year));
        ModelAssessment.Details before = existing.map(ModelAssessment::details)
                .orElse(new ModelAssessment.Details(null, null, null, null, null));
        assessment.record(details, LocalDate.now(clock));
        assessments.save(assessment);
        audit.record(AuditAction.MODEL_ASSESSED, model.getName(), audit.words().message("audit.modelAssessed",
                String.valueOf(year), audit.words().changes("model.assessment", before, details)));
    }

    public void addMember(long id, String name, String role, String phone, CurrentUser user) {
        SelfManagedModel model = models.findWithRelations(id).orElseThrow(NotFoundException::new);
        CommuneAccess.requireEdit(user, model.getCommune().getId());
        members.save(new ModelMember(model, name, role, phone, members.countByModelId(id)));
        audit.record(AuditAction.MODEL_UPDATED, model.getName(), audit.words().message("audit.member.added", name,
                audit.words().value(role), audit.words().value(phone)));
    }

    public void removeMember(long id, long memberId, CurrentUser user) {
        SelfManagedModel model = models.findWithRelations(id).orElseThrow(NotFoundException::new);
        CommuneAccess.requireEdit(user, model.getCommune().getId());
        // a member the page showed, removed meanwhile in another tab: the page was stale
        ModelMember member = members.findById(memberId).filter(m -> m.getModel().getId().equals(id))
                .orElseThrow(StaleEditException::new);
        members.delete(member);
        audit.record(AuditAction.MODEL_UPDATED, model.getName(), audit.words().message("audit.member.removed",
                member.getName()));
    }

    private SelfManagedModel editable(long id, long version, CurrentUser user) {
        SelfManagedModel model = models.findWithRelations(id).orElseThrow(NotFoundException::new);
        CommuneAccess.requireEdit(user, model.getCommune().getId());
        if (model.getVersion() != version) {
            throw new StaleEditException();
        }
        return model;
    }

    /**
     * Checks what was typed against the registry. A retired type is accepted only where the model already had it.
     */
    private SelfManagedModel.Details resolve(Input input, ModelType currentType, CurrentUser user) {
        if (input.communeId() == null) {
            throw new FieldProblem("communeId", "model.commune.required");
        }
        Commune commune = communes.find(input.communeId())
                .orElseThrow(() -> new FieldProblem("communeId", "model.commune.required"));
        CommuneAccess.requireEdit(user, commune.getId());
        ModelType type = input.typeId() == null ? null : types.findById(input.typeId()).orElse(null);
        if (type == null || type.isRetired() && !type.equals(currentType)) {
            throw new FieldProblem("typeId", "model.type.unknown");
        }
        ResidentialArea area = null;
        if (input.residentialAreaId() != null) {
            area = areas.find(input.residentialAreaId())
                    .filter(a -> a.getCommune().getId().equals(commune.getId()))
                    .orElseThrow(() -> new FieldProblem("residentialAreaId", "model.area.otherCommune"));
        }
        Organization host = null;
        if (input.hostOrganizationId() != null) {
            host = organizations.find(input.hostOrganizationId())
                    .filter(o -> o.getCommune().getId().equals(commune.getId()))
                    .orElseThrow(() -> new FieldProblem("hostOrganizationId", "model.host.otherCommune"));
        }
        Integer figure = type.getFigureLabel() == null ? null : input.figure();
        return new SelfManagedModel.Details(input.name(), type, commune, area, host, input.foundedOn(),
                input.decisionNumber(), input.decisionDate(), input.decisionIssuer(), input.leaderName(),
                input.leaderPhone(), input.membersCount(), input.hostBody(), input.description(), figure);
    }

    /** The first model of a commune with this name, as an imported row names it. */
    @Transactional(readOnly = true)
    public Optional<SelfManagedModel> firstByName(long communeId, String name) {
        return models.findByName(communeId, name).stream().findFirst();
    }
}
