package vn.antt.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.certification.internal.CriterionRepository;
import vn.antt.certification.internal.DossierAssessmentRepository;
import vn.antt.certification.internal.DossierAttachmentRepository;
import vn.antt.certification.internal.DossierEventRepository;
import vn.antt.certification.internal.DossierFigureRepository;
import vn.antt.certification.internal.DossierRepository;
import vn.antt.certification.internal.RosterEntryRepository;
import vn.antt.infrastructure.history.YearRules;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.ReasonedRefusal;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.web.OfferedChoices;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.organization.Organization;
import vn.antt.selfmanaged.ModelService;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaService;

/**
 * Dossiers of khu dân cư, communes and rostered organizations: creating a year's dossiers, self-assessment,
 * attachments, and the workflow's transitions, each with its history line in the same transaction.
 */
@Service
@Transactional
public class DossierService {

    /** The unique indexes that keep one dossier per subject and year. */
    private static final List<String> ONE_DOSSIER_A_YEAR = List.of("dossier_area_once", "dossier_commune_once",
            "dossier_organization_once");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final DossierAssessmentRepository assessments;
    private final DossierAttachmentRepository attachments;
    private final DossierFigureRepository figures;
    private final CriterionRepository criteria;
    private final EvaluationYears years;
    private final CommuneService communes;
    private final ResidentialAreaService areas;
    private final RosterEntryRepository roster;
    private final ModelService models;
    private final MessageSource messageSource;
    private final DossierAudit audit;
    private final Clock clock;

    DossierService(DossierRepository dossiers, DossierEventRepository events, DossierAssessmentRepository assessments,
                   DossierAttachmentRepository attachments, DossierFigureRepository figures,
                   CriterionRepository criteria, EvaluationYears years,
                   CommuneService communes, ResidentialAreaService areas, RosterEntryRepository roster,
                   ModelService models, MessageSource messageSource, DossierAudit audit, Clock clock) {
        this.dossiers = dossiers;
        this.events = events;
        this.assessments = assessments;
        this.attachments = attachments;
        this.figures = figures;
        this.criteria = criteria;
        this.years = years;
        this.communes = communes;
        this.areas = areas;
        this.roster = roster;
        this.models = models;
        this.messageSource = messageSource;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The subjects "create all" would give a dossier now, as the page shows them and its form confirms them: "C12"
     * (commune), "A34" (khu dân cư), "O56" (organization on the roster).
     */
    @Transactional(readOnly = true)
    public List<String> toCreate(int year, CurrentUser user) {
        return toCreate(openYear(year), user);
    }

    /** As {@link #toCreate(int, CurrentUser)}, of an open year already read ({@link #findOpenYear}). */
    @Transactional(readOnly = true)
    public List<String> toCreate(EvaluationYear openYear, CurrentUser user) {
        if (!openYear.isOpen()) {
            throw new DossierConflict("dossier.refused.yearClosed");
        }
        return missing(openYear, user).stream().map(Missing::key).toList();
    }

    /** The evaluation year, if it is one still open. */
    @Transactional(readOnly = true)
    public Optional<EvaluationYear> findOpenYear(int year) {
        return years.find(year).filter(EvaluationYear::isOpen);
    }

    /**
     * Creates the missing dossiers of a year: the steering committee for every commune of the district, its khu dân
     * cư and the roster's organizations; a commune officer for their own commune, its khu dân cư and the
     * organizations it manages; the town police for the organizations the town manages. Only what the user confirmed
     * ({@code confirmed}, from {@link #toCreate}) is created: a subject that appeared since (a new organization on the
     * roster, a new khu dân cư) refuses the whole action, so that the user sees it first. Returns how many.
     */
    public int createAll(int year, Collection<String> confirmed, CurrentUser user) {
        List<Missing> missing = missing(openYear(year), user);
        if (!confirmed.containsAll(missing.stream().map(Missing::key).toList())) {
            throw new StaleEditException();
        }
        try {
            missing.forEach(m -> dossiers.saveAndFlush(m.dossier().get()));
        }
        catch (DataIntegrityViolationException concurrent) {
            // the same dossiers created at the same moment from another tab: one set is kept, this one refused
            if (ONE_DOSSIER_A_YEAR.stream().anyMatch(index -> NaturalKey.violated(concurrent, index))) {
                throw new DossierConflict("dossier.createAll.concurrent");
            }
            throw concurrent;
        }
        audit.created(year, missing.size(), user);
        return missing.size();
    }

    private record Missing(String key, Supplier<Dossier> dossier) {
    }

    private EvaluationYear openYear(int year) {
        EvaluationYear evaluationYear = years.get(year);
        if (!evaluationYear.isOpen()) {
            throw new DossierConflict("dossier.refused.yearClosed");
        }
        return evaluationYear;
    }

    private List<Missing> missing(EvaluationYear evaluationYear, CurrentUser user) {
        int year = evaluationYear.getYear();
        List<Commune> scope;
        List<RosterEntry> organizations;
        if (user.hasRole(Role.STEERING)) {
            scope = communes.allOfDistrict();
            organizations = roster.findWithoutDossier(evaluationYear.getId(), false, null);
        }
        else if (user.hasRole(Role.COMMUNE_OFFICER)) {
            scope = communes.allOfDistrict().stream().filter(c -> c.getId().equals(user.communeId())).toList();
            organizations = roster.findWithoutDossier(evaluationYear.getId(), false, user.communeId());
        }
        else if (user.hasRole(Role.APPRAISER)) {
            scope = List.of();
            organizations = roster.findWithoutDossier(evaluationYear.getId(), true, null);
        }
        else {
            throw new AccessDeniedException("steering committee, town police or commune officer only");
        }
        List<Missing> missing = new ArrayList<>();
        for (RosterEntry entry : organizations) {
            missing.add(new Missing("O" + entry.getOrganization().getId(),
                    () -> Dossier.ofOrganization(evaluationYear, entry)));
        }
        Set<Long> communesDone = scope.isEmpty() ? Set.of() : dossiers.communesWithDossier(evaluationYear.getId());
        Set<Long> areasDone = scope.isEmpty() ? Set.of() : dossiers.areasWithDossier(evaluationYear.getId());
        Map<Long, List<ResidentialArea>> areasOfCommunes = areas.allOf(scope);
        for (Commune commune : scope) {
            if (!commune.existedIn(year)) {
                continue;
            }
            if (!communesDone.contains(commune.getId())) {
                missing.add(new Missing("C" + commune.getId(), () -> Dossier.ofCommune(evaluationYear, commune)));
            }
            for (ResidentialArea area : areasOfCommunes.getOrDefault(commune.getId(), List.of())) {
                if (YearRules.isValidIn(area.getValidFrom(), area.getValidTo(), year) && !areasDone.contains(area.getId())) {
                    missing.add(new Missing("A" + area.getId(), () -> Dossier.ofArea(evaluationYear, area)));
                }
            }
        }
        return missing;
    }

    /** Whether the year is an evaluation year still open (dossiers may be created and moved in it). */
    @Transactional(readOnly = true)
    public boolean isOpenYear(int year) {
        return years.find(year).map(EvaluationYear::isOpen).orElse(false);
    }

    @Transactional(readOnly = true)
    public Page<Dossier> search(int year, Long communeId, DossierState state, SubjectKind kind, DossierResult result,
                                Pageable pageable, Scope scope) {
        return dossiers.search(year, scope.commune(communeId), state, kind, result == null ? null : result.name(), pageable);
    }

    /** Việc cần làm of the user in the year; empty when the year is not an evaluation year. */
    @Transactional(readOnly = true)
    public List<WorkQueue.Item> workQueue(int year, CurrentUser user) {
        Scope scope = Scope.of(user);
        return years.find(year).map(evaluationYear -> WorkQueue.of(user, evaluationYear,
                scope.isDistrict() ? dossiers.countWorkable(evaluationYear.getId(), user.id())
                        : dossiers.countActing(evaluationYear.getId(), scope.communeId(), false),
                user.hasRole(Role.APPRAISER) ? dossiers.countActing(evaluationYear.getId(), null, true) : List.of(),
                LocalDate.now(clock))).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Dossier open(long id, CurrentUser user) {
        return open(id, Scope.of(user));
    }

    /** The dossier, if the scope covers its acting or its located commune; else 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public Dossier open(long id, Scope scope) {
        Dossier dossier = dossiers.findWhole(id).orElseThrow(NotFoundException::new);
        Workflow.Dossier facts = dossier.facts();
        scope.requireCovers(facts.communeId(), facts.locatedIn());
        return dossier;
    }

    /** The criteria of the dossier's year and subject, with what was assessed of each (created on first view). */
    public List<DossierAssessment> assessments(long id, CurrentUser user) {
        return assessments(open(id, user));
    }

    /** As {@link #assessments(long, CurrentUser)}, of a dossier just {@link #open opened} in the user's scope. */
    public List<DossierAssessment> assessments(Dossier dossier) {
        long id = dossier.getId();
        List<DossierAssessment> existing = assessments.findOfDossier(id);
        if (dossier.isImported()) {
            // a result from earlier records holds no criteria
            return existing;
        }
        Set<Long> assessed = existing.stream().map(a -> a.getCriterion().getId()).collect(Collectors.toSet());
        CriteriaSubject subject = dossier.criteriaSubject();
        List<Criterion> missing = criteria.findBySetIdOrderByPositionAscIdAsc(dossier.getYear().getCriteriaSet().getId())
                .stream().filter(c -> c.getSubjectKind() == subject && !assessed.contains(c.getId())).toList();
        if (missing.isEmpty()) {
            return existing;
        }
        missing.forEach(c -> assessments.save(new DossierAssessment(dossier, c)));
        return assessments.findOfDossier(id);
    }

    /**
     * The actions the user may take on the dossier as it is (role, scope, four eyes, state and year), before the
     * guards on what the action brings along: what the page offers.
     */
    public Set<String> allowedActions(Dossier dossier, CurrentUser user) {
        Set<String> allowed = new HashSet<>();
        for (DossierAction action : DossierAction.values()) {
            if (Workflow.decide(dossier.facts(), action, user, Workflow.Facts.none()).isAllowed()) {
                allowed.add(action.name());
            }
        }
        return allowed;
    }

    /** What the dossier's page tells the user first: their step now, or why they have none and who acts. */
    public DossierGuidance.Guidance guidance(Dossier dossier, CurrentUser user) {
        return DossierGuidance.of(dossier.facts(), dossier.isImported(), user);
    }

    /** For an organization's dossier, its line in the year's roster (who manages it, and on what basis). */
    @Transactional(readOnly = true)
    public Optional<RosterEntry> rosterEntry(Dossier dossier) {
        return dossier.getOrganization() == null ? Optional.empty()
                : roster.findOf(dossier.getYear().getId(), dossier.getOrganization().getId());
    }

    @Transactional(readOnly = true)
    public List<DossierEvent> history(long id) {
        return events.findByDossierIdOrderByOccurredAtAscIdAsc(id);
    }

    @Transactional(readOnly = true)
    public List<DossierAttachmentRepository.Listed> attachments(long id, CurrentUser user) {
        open(id, user);
        return attachments.listOfDossier(id);
    }

    /** The attachments of a dossier just {@link #open opened} in the user's scope. */
    @Transactional(readOnly = true)
    public List<DossierAttachmentRepository.Listed> attachments(Dossier dossier) {
        return attachments.listOfDossier(dossier.getId());
    }

    @Transactional(readOnly = true)
    public DossierAttachment attachment(long id, long attachmentId, CurrentUser user) {
        open(id, user);
        return attachments.findById(attachmentId).filter(a -> a.getDossier().getId().equals(id))
                .orElseThrow(NotFoundException::new);
    }

    /** One criterion's self-assessment: met or not (null: not yet), and the evidence. */
    public record SelfAssessment(Boolean met, String evidence) {
    }

    public void saveSelfAssessment(long id, long version, LocalDate registeredOn, String registrationNote,
                                   Map<Long, SelfAssessment> byCriterion, CurrentUser user) {
        Dossier dossier = act(id, version, DossierAction.EDIT, user, Workflow.Facts.none()).dossier();
        requireRegistrationDate(dossier, registeredOn, "registeredOn");
        Map<String, String> before = audit.selfAssessment(dossier, assessments(id, user));
        dossier.register(registeredOn, registrationNote);
        for (DossierAssessment assessment : assessments(id, user)) {
            SelfAssessment typed = byCriterion.get(assessment.getCriterion().getId());
            if (typed != null && assessment.getCriterion().check().manual()) {
                assessment.selfAssess(typed.met(), typed.evidence());
            }
        }
        audit.selfAssessed(dossier, before, audit.selfAssessment(dossier, assessments(id, user)), user);
    }

    public void attach(long id, AttachmentKind kind, String fileName, byte[] content, CurrentUser user) {
        Dossier dossier = open(id, user);
        check(dossier, DossierAction.EDIT, user, Workflow.Facts.none());
        if (kind == null) {
            throw new InputRefused(OfferedChoices.UNKNOWN, "kind");
        }
        String type = FileTypes.detect(fileName, content)
                .orElseThrow(() -> new InputRefused("attachment.type", "file"));
        attachments.save(new DossierAttachment(dossier, kind, fileName, type, content, user.getUsername(),
                clock.instant()));
        audit.attached(dossier, kind, fileName, user);
    }

    public void submit(long id, long version, CurrentUser user) {
        List<DossierAssessment> assessed = assessments(id, user);
        Dossier dossier = open(id, user);
        act(id, version, DossierAction.SUBMIT, user, submitFacts(dossier, assessed)).record(null);
        snapshot(dossier, assessed, FigureMoment.SUBMIT);
    }

    /**
     * "Lưu và gửi đề nghị": saves the self-assessment, then sends the dossier in the same step. When a criterion is
     * not yet assessed or a required document is missing, the draft stays saved and nothing is sent: the answer is
     * the message key saying what is missing (empty when the dossier was sent).
     */
    public Optional<String> saveAndSubmit(long id, long version, LocalDate registeredOn, String registrationNote,
                                          Map<Long, SelfAssessment> byCriterion, CurrentUser user) {
        saveSelfAssessment(id, version, registeredOn, registrationNote, byCriterion, user);
        Dossier dossier = open(id, user);
        List<DossierAssessment> assessed = assessments(dossier);
        Workflow.Outcome outcome = Workflow.decide(dossier.facts(), DossierAction.SUBMIT, user,
                submitFacts(dossier, assessed));
        if (!outcome.isAllowed()) {
            return Optional.of(outcome.messageKey());
        }
        new Move(dossier, DossierAction.SUBMIT, outcome, user).record(null);
        snapshot(dossier, assessed, FigureMoment.SUBMIT);
        return Optional.empty();
    }

    /** What sending brings along: every manual criterion self-assessed, every required document attached. */
    private Workflow.Facts submitFacts(Dossier dossier, List<DossierAssessment> assessed) {
        boolean selfAssessed = assessed.stream()
                .allMatch(a -> !a.getCriterion().check().manual() || a.getSelfMet() != null);
        Set<AttachmentKind> present = EnumSet.noneOf(AttachmentKind.class);
        attachments.listOfDossier(dossier.getId()).forEach(a -> present.add(a.kind()));
        boolean attached = present.containsAll(AttachmentKind.requiredFor(dossier.getSubjectKind()));
        return new Workflow.Facts(selfAssessed, attached, true, false, true, false);
    }

    /** Removes a document while the dossier is still being prepared; once sent or decided, the server refuses. */
    public void removeAttachment(long id, long attachmentId, CurrentUser user) {
        Dossier dossier = open(id, user);
        check(dossier, DossierAction.EDIT, user, Workflow.Facts.none());
        DossierAttachment attachment = ownAttachment(id, attachmentId);
        attachments.delete(attachment);
        audit.attachmentRemoved(dossier, attachment.getKind(), attachment.getFileName(), user);
    }

    /** Puts another file in a document's place (same kind) while the dossier is still being prepared. */
    public void replaceAttachment(long id, long attachmentId, String fileName, byte[] content, CurrentUser user) {
        Dossier dossier = open(id, user);
        check(dossier, DossierAction.EDIT, user, Workflow.Facts.none());
        DossierAttachment attachment = ownAttachment(id, attachmentId);
        String type = FileTypes.detect(fileName, content)
                .orElseThrow(() -> new InputRefused("attachment.type", "file"));
        String before = attachment.getFileName();
        attachment.replace(fileName, type, content, user.getUsername(), clock.instant());
        audit.attachmentReplaced(dossier, attachment.getKind(), before, fileName, user);
    }

    private DossierAttachment ownAttachment(long id, long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> a.getDossier().getId().equals(id))
                .orElseThrow(NotFoundException::new);
    }

    public void returnForCompletion(long id, long version, String reason, CurrentUser user) {
        requireReason(reason);
        act(id, version, DossierAction.RETURN, user, Workflow.Facts.none()).record(reason);
    }

    /** The appraiser's finding on one criterion. */
    public record Finding(Boolean met, String note) {
    }

    /** {@code concludesMet} null: the form carried no conclusion it offers, refused once the rights are checked. */
    public void appraise(long id, long version, Map<Long, Finding> findings, Boolean concludesMet, String note,
                         CurrentUser user) {
        List<DossierAssessment> assessed = assessments(id, user);
        Dossier dossier = open(id, user);
        boolean everyFinding = assessed.stream().allMatch(a -> !a.getCriterion().check().manual()
                || findings.containsKey(a.getCriterion().getId()) && findings.get(a.getCriterion().getId()).met() != null);
        boolean everyMet = assessed.stream().filter(a -> a.getCriterion().check().manual())
                .allMatch(a -> findings.containsKey(a.getCriterion().getId())
                        && Boolean.TRUE.equals(findings.get(a.getCriterion().getId()).met()));
        boolean computedFails = assessed.stream().map(a -> a.getCriterion().check())
                .filter(CriterionCheck::decides)
                .anyMatch(check -> check.rules().stream().anyMatch(rule -> !rule.holds(figure(dossier, rule))));
        Move move = act(id, version, DossierAction.APPRAISE, user,
                new Workflow.Facts(true, true, everyFinding, Boolean.TRUE.equals(concludesMet), everyMet,
                        computedFails));
        if (concludesMet == null) {
            throw new InputRefused(OfferedChoices.UNKNOWN, "conclusion");
        }
        for (DossierAssessment assessment : assessed) {
            Finding finding = findings.get(assessment.getCriterion().getId());
            if (finding != null) {
                assessment.find(finding.met(), finding.note());
            }
        }
        move.dossier().conclude(concludesMet, note);
        move.record(note);
        snapshot(dossier, assessed, FigureMoment.APPRAISE);
    }

    /**
     * Records a commune's own decision on a khu dân cư (its commune-level recognition or refusal); {@code recognize}
     * null: the form carried no decision it offers, refused once the rights are checked.
     */
    public void decideArea(long id, long version, Boolean recognize, String note, AreaDecision decision,
                           CurrentUser user) {
        Dossier dossier = open(id, user);
        if (dossier.getSubjectKind() != SubjectKind.RESIDENTIAL_AREA) {
            throw new DossierConflict("dossier.refused.needsDecision");
        }
        if (recognize == null) {
            act(id, version, DossierAction.RECOGNIZE, user, Workflow.Facts.none());
            throw new InputRefused(OfferedChoices.UNKNOWN, "decision");
        }
        // who may decide is settled before what was typed is looked at; a refusal below rolls the step back
        Move move = act(id, version, recognize ? DossierAction.RECOGNIZE : DossierAction.REFUSE, user,
                Workflow.Facts.none());
        if (!recognize) {
            requireReason(note);
            move.record(note);
            return;
        }
        AreaDecision typed = decision == null ? AreaDecision.NONE : decision;
        if (typed.number() == null) {
            throw new InputRefused("dossier.areaDecision.numberRequired", "decisionNumber");
        }
        if (typed.signedOn() == null) {
            throw new InputRefused("dossier.areaDecision.dateRequired", "decisionDate");
        }
        if (typed.signedOn().isAfter(LocalDate.now(clock))
                || typed.signedOn().getYear() < dossier.getYear().getYear()) {
            throw new InputRefused("dossier.areaDecision.dateRange", "decisionDate");
        }
        move.dossier().recordAreaDecision(typed.number(), typed.signedOn(), typed.signerName());
        String line = DecisionService.decisionLine(typed.number(), typed.signedOn())
                + (typed.signerName() == null ? "" : " (" + typed.signerName() + " ký)");
        move.record(note == null ? line : line + ". " + note);
    }

    /**
     * The commune's decision recognising a khu dân cư: its number, the day it was signed and who signed it (optional:
     * the certificate then leaves the name to be written by hand).
     */
    public record AreaDecision(String number, LocalDate signedOn, String signerName) {

        static final AreaDecision NONE = new AreaDecision(null, null, null);
    }

    /** Không công nhận (communes and organizations): the steering committee refuses an appraised dossier. */
    public void refuse(long id, long version, String reason, CurrentUser user) {
        requireReason(reason);
        act(id, version, DossierAction.REFUSE, user, Workflow.Facts.none()).record(reason);
    }

    /** Thu hồi: a recognised dossier withdrawn, with the reason and the revocation decision in its history. */
    public void revoke(long id, long version, String reasonAndDecision, CurrentUser user) {
        requireReason(reasonAndDecision);
        act(id, version, DossierAction.REVOKE, user, Workflow.Facts.none()).record(reasonAndDecision);
    }

    /**
     * Đính chính: the steering committee corrects a typo in a decided dossier (recognised, refused or revoked, of an
     * open or closed year), with a mandatory reason; the history shows the old and the new value.
     */
    public void correct(long id, long version, CorrectedField field, String text, LocalDate date, String reason,
                        CurrentUser user) {
        // who may correct is decided before what was typed is looked at
        Move move = act(id, version, DossierAction.CORRECT, user, Workflow.Facts.none());
        requireReason(reason);
        if (field == null) {
            throw new InputRefused(OfferedChoices.UNKNOWN, "field");
        }
        if (field.isDate() ? date == null : text == null) {
            throw new InputRefused("dossier.correct.valueRequired", "value");
        }
        Dossier dossier = move.dossier();
        if (!field.appliesTo(dossier)) {
            throw new DossierConflict("dossier.correct.notApplicable");
        }
        if (field == CorrectedField.REGISTERED_ON) {
            requireRegistrationDate(dossier, date, "value");
        }
        if ((field == CorrectedField.IMPORTED_DECISION_DATE || field == CorrectedField.AREA_DECISION_DATE)
                && (date.isAfter(LocalDate.now(clock)) || date.getYear() < dossier.getYear().getYear())) {
            throw new InputRefused("decision.beforeYear", "value");
        }
        String before = dossier.valueOf(field);
        dossier.correct(field, text, date);
        String after = dossier.valueOf(field);
        if (Objects.equals(before, after)) {
            throw new InputRefused("dossier.correct.unchanged", "value");
        }
        move.record(messageSource.getMessage(field.messageKey(), null, field.name(), VIETNAMESE) + ": " + (before == null ? "(trống)" : before) + " → " + after
                + ". Lý do: " + reason);
    }

    /** Đăng ký phấn đấu happens in the year or at the end of the one before, and never in the future. */
    private void requireRegistrationDate(Dossier dossier, LocalDate registeredOn, String field) {
        if (registeredOn != null && (registeredOn.isAfter(LocalDate.now(clock))
                || registeredOn.getYear() < dossier.getYear().getYear() - 1
                || registeredOn.getYear() > dossier.getYear().getYear())) {
            throw new InputRefused("dossier.registeredOn.range", field);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InputRefused("dossier.reason.required", "reason");
        }
    }

    /** The figures the dossier was judged on, as they were at submission and at appraisal. */
    @Transactional(readOnly = true)
    public List<DossierFigure> snapshots(long id) {
        return figures.findOfDossier(id);
    }

    private void snapshot(Dossier dossier, List<DossierAssessment> assessed, FigureMoment moment) {
        keep(dossier, assessed.stream().map(DossierAssessment::getCriterion).toList(), moment);
    }

    private void keep(Dossier dossier, List<Criterion> criteria, FigureMoment moment) {
        for (Criterion criterion : criteria) {
            for (CriterionCheck.Rule rule : criterion.check().rules()) {
                figures.save(new DossierFigure(dossier, criterion, moment, figure(dossier, rule), clock.instant()));
            }
        }
    }

    /**
     * A closed year is history (docs/adr/0003): every dossier of the year keeps its subject's names, and one never
     * appraised keeps its computed figures as they are at closing. Runs inside the closing transaction.
     */
    @EventListener
    void keepYear(YearClosed closed) {
        dossiers.keepNamesOfYear(closed.yearId());
        Map<CriteriaSubject, List<Criterion>> computed = new EnumMap<>(CriteriaSubject.class);
        for (Dossier dossier : dossiers.findNeverAppraised(closed.yearId())) {
            List<Criterion> withFigures = computed.computeIfAbsent(dossier.criteriaSubject(), subject -> criteria
                    .findBySetIdOrderByPositionAscIdAsc(dossier.getYear().getCriteriaSet().getId()).stream()
                    .filter(c -> c.getSubjectKind() == subject && !c.check().rules().isEmpty()).toList());
            keep(dossier, withFigures, FigureMoment.YEAR_CLOSE);
        }
    }

    /**
     * The computed figures a dossier shows, per criterion id (in the order of its rules): the ones it was judged on
     * once appraised, decided or its year closed — for the self-scoring sheet, the ones it was submitted with — each
     * with today's figure beside it when that differs; while it is still being prepared or appraised, today's.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<ShownFigure>> shownFigures(Dossier dossier, List<DossierAssessment> assessments,
                                                     boolean selfScoring) {
        List<FigureMoment> preferred = keptMoments(dossier, selfScoring);
        Map<Long, Map<FigureMoment, List<DossierFigure>>> kept = new HashMap<>();
        if (!preferred.isEmpty()) {
            for (DossierFigure f : figures.findOfDossier(dossier.getId())) {
                kept.computeIfAbsent(f.getCriterion().getId(), id -> new EnumMap<>(FigureMoment.class))
                        .computeIfAbsent(f.getMoment(), m -> new ArrayList<>()).add(f);
            }
        }
        Map<Long, List<ShownFigure>> shown = new HashMap<>();
        for (DossierAssessment assessment : assessments) {
            Criterion criterion = assessment.getCriterion();
            List<CriterionCheck.Rule> rules = criterion.check().rules();
            List<DossierFigure> keptOnes = preferred.stream()
                    .map(m -> kept.getOrDefault(criterion.getId(), Map.of()).get(m))
                    .filter(list -> list != null && list.size() >= rules.size())
                    .findFirst().orElse(null);
            List<ShownFigure> line = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                Figure today = figure(dossier, rules.get(i));
                // the last kept set of a moment is the one that counted (a dossier returned and sent again)
                line.add(keptOnes == null ? ShownFigure.live(today)
                        : ShownFigure.kept(keptOnes.get(keptOnes.size() - rules.size() + i), today));
            }
            shown.put(criterion.getId(), line);
        }
        return shown;
    }

    /** Which kept figures a dossier shows, best first; none while its figures are still live. */
    private static List<FigureMoment> keptMoments(Dossier dossier, boolean selfScoring) {
        boolean closed = !dossier.getYear().isOpen();
        if (selfScoring) {
            boolean sent = dossier.getState() != DossierState.DRAFT && dossier.getState() != DossierState.RETURNED;
            return sent ? List.of(FigureMoment.SUBMIT, FigureMoment.YEAR_CLOSE, FigureMoment.APPRAISE)
                    : closed ? List.of(FigureMoment.YEAR_CLOSE) : List.of();
        }
        boolean judged = switch (dossier.getState()) {
            case APPRAISED, RECOGNIZED, NOT_RECOGNIZED, REVOKED -> true;
            default -> false;
        };
        return judged ? List.of(FigureMoment.APPRAISE, FigureMoment.YEAR_CLOSE, FigureMoment.SUBMIT)
                : closed ? List.of(FigureMoment.YEAR_CLOSE, FigureMoment.SUBMIT) : List.of();
    }

    /**
     * A computed metric of the dossier's subject for its year, from the registry as it is now. A metric that does not
     * apply to the subject (a commune's metric on an organization) counts nothing.
     */
    public Figure figure(Dossier dossier, CriterionCheck.Rule rule) {
        EvaluationYear year = dossier.getYear();
        Commune commune = dossier.getCommune();
        Organization organization = dossier.getOrganization();
        return switch (rule.metric()) {
            case RESIDENTIAL_AREAS_RECOGNIZED_PCT -> {
                if (commune == null) {
                    yield new Figure(rule.metric(), 0, 0);
                }
                DossierRepository.Share share = dossiers.recognizedAreas(commune.getId(), year.getId(),
                        year.getYear());
                yield new Figure(rule.metric(), share.getPart(), share.getWhole());
            }
            case SUBJECTS_REGISTERED_PCT, SUBJECTS_RECOGNIZED_PCT -> {
                if (commune == null) {
                    yield new Figure(rule.metric(), 0, 0);
                }
                DossierRepository.Subjects subjects = dossiers.subjectsOf(commune.getId(), year.getId(),
                        year.getYear());
                yield new Figure(rule.metric(), rule.metric() == Metric.SUBJECTS_REGISTERED_PCT
                        ? subjects.getRegistered() : subjects.getRecognized(), subjects.getWhole());
            }
            case EFFECTIVE_MODELS -> Figure.count(rule.metric(), commune == null ? 0
                    : models.yearCounters(commune.getId(), null, year.getYear()).getEffective());
            case ORGANIZATION_MODELS -> Figure.count(rule.metric(), organization == null ? 0
                    : models.yearCounters(null, organization.getId(), year.getYear()).getActive());
            case ORGANIZATION_EFFECTIVE_MODELS -> Figure.count(rule.metric(), organization == null ? 0
                    : models.yearCounters(null, organization.getId(), year.getYear()).getEffective());
        };
    }

    /** An action the workflow allowed on a dossier, about to be applied. */
    private final class Move {

        private final Dossier dossier;
        private final DossierAction action;
        private final Workflow.Outcome outcome;
        private final CurrentUser user;

        Move(Dossier dossier, DossierAction action, Workflow.Outcome outcome, CurrentUser user) {
            this.dossier = dossier;
            this.action = action;
            this.outcome = outcome;
            this.user = user;
        }

        Dossier dossier() {
            return dossier;
        }

        /** Applies the move and writes its history line, in the caller's transaction. */
        void record(String comment) {
            DossierState from = dossier.getState();
            events.save(dossier.apply(action, outcome, user, clock.instant(), comment));
            audit.step(dossier, action, from, comment, user);
        }
    }

    private Move act(long id, long version, DossierAction action, CurrentUser user, Workflow.Facts facts) {
        Dossier dossier = open(id, user);
        if (dossier.getVersion() != version) {
            throw new StaleEditException();
        }
        return new Move(dossier, action, check(dossier, action, user, facts), user);
    }

    private Workflow.Outcome check(Dossier dossier, DossierAction action, CurrentUser user, Workflow.Facts facts) {
        Workflow.Outcome outcome = Workflow.decide(dossier.facts(), action, user, facts);
        if (!outcome.isAllowed()) {
            switch (outcome.refusal()) {
                case NOT_FOUND -> throw new NotFoundException();
                case FORBIDDEN -> throw new ReasonedRefusal(outcome.messageKey());
                case CONFLICT -> throw new DossierConflict(outcome.messageKey());
            }
        }
        return outcome;
    }
}
