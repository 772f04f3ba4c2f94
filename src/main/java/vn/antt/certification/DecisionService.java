package vn.antt.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.certification.internal.DossierEventRepository;
import vn.antt.certification.internal.DossierRepository;
import vn.antt.certification.internal.IssuingBodyRepository;
import vn.antt.certification.internal.RecognitionDecisionRepository;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.persistence.NaturalKey;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.ReasonedRefusal;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.web.Fingerprint;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.infrastructure.web.StrictDates;
import vn.antt.territory.Commune;

/**
 * Recognition decisions: the steering committee drafts one over appraised "met" dossiers, prints it with a blank
 * number, then issues it with its number and date, which recognises all its dossiers in one transaction, or none.
 */
@Service
@Transactional
public class DecisionService {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final RecognitionDecisionRepository decisions;
    private final IssuingBodyRepository bodies;
    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final EvaluationYears years;
    private final DossierAudit audit;
    private final Clock clock;

    DecisionService(RecognitionDecisionRepository decisions, IssuingBodyRepository bodies, DossierRepository dossiers,
                    DossierEventRepository events, EvaluationYears years, DossierAudit audit, Clock clock) {
        this.decisions = decisions;
        this.bodies = bodies;
        this.dossiers = dossiers;
        this.events = events;
        this.years = years;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year's decisions within the scope: a commune sees only issued decisions that recognised its units. */
    @Transactional(readOnly = true)
    public List<RecognitionDecision> ofYear(int year, Scope scope) {
        List<RecognitionDecision> all = decisions.findOfYear(year);
        if (scope.isDistrict()) {
            return all;
        }
        return all.stream().filter(d -> !d.isDraft() && !dossiersOf(d.getId(), scope).isEmpty()).toList();
    }

    @Transactional(readOnly = true)
    public RecognitionDecision get(long id) {
        return decisions.findWhole(id).orElseThrow(NotFoundException::new);
    }

    /**
     * A decision as the scope may read it: a commune's officer reads an issued decision only if it recognised one of
     * their commune's units, and never a draft.
     *
     * @throws NotFoundException otherwise
     */
    @Transactional(readOnly = true)
    public RecognitionDecision get(long id, Scope scope) {
        RecognitionDecision decision = get(id);
        if (!scope.isDistrict() && (decision.isDraft() || dossiersOf(id, scope).isEmpty())) {
            throw new NotFoundException();
        }
        return decision;
    }

    /** The decision's dossiers within the scope: a commune's officer sees their commune's units only. */
    @Transactional(readOnly = true)
    public List<Dossier> dossiersOf(long decisionId, Scope scope) {
        return dossiers.findOfDecision(decisionId).stream().filter(d -> covers(scope, d)).toList();
    }

    @Transactional(readOnly = true)
    public List<Dossier> readyForDecision(int year, Scope scope) {
        // only the steering committee drafts decisions: a commune is shown none of the district's candidates
        return scope.isDistrict() ? dossiers.findReadyForDecision(year) : List.of();
    }

    private static boolean covers(Scope scope, Dossier dossier) {
        return scope.covers(dossier.getActingCommune() == null ? null : dossier.getActingCommune().getId(),
                dossier.getLocatedCommune() == null ? null : dossier.getLocatedCommune().getId());
    }

    @Transactional(readOnly = true)
    public List<IssuingBody> issuingBodies() {
        return bodies.findAllByOrderByNameAsc();
    }

    /** The certificates of an issued decision, one per unit it recognised (those since revoked are left out). */
    @Transactional(readOnly = true)
    public List<Certificate> certificates(long decisionId, Scope scope) {
        RecognitionDecision decision = get(decisionId, scope);
        if (decision.isDraft()) {
            throw new DossierConflict("certificate.draft");
        }
        return dossiersOf(decisionId, scope).stream()
                .filter(d -> d.getState() == DossierState.RECOGNIZED)
                .map(d -> certificate(d, decision)).toList();
    }

    /** One recognised unit's certificate: from its decision, its imported result, or its commune's own decision. */
    @Transactional(readOnly = true)
    public Certificate certificate(Dossier dossier) {
        if (dossier.getState() != DossierState.RECOGNIZED) {
            throw new DossierConflict("certificate.notRecognized");
        }
        if (dossier.getDecision() != null) {
            return certificate(dossier, get(dossier.getDecision().getId()));
        }
        if (dossier.isImported()) {
            // the town's People's Committee: the first body that signs decisions (seeded with the district), whatever
            // bodies were added since and however they sort by name
            IssuingBody town = bodies.findFirstBySignsOrderByIdAsc(IssuingBody.Signs.DECISIONS).orElseThrow();
            return new Certificate(town.getHeaderName(), town.getPlaceName(), dossier.getImportedDecisionDate(),
                    dossier.subjectName(), dossier.placeName(), dossier.getYear().getYear(),
                    decisionLine(dossier.getImportedDecisionNumber(), dossier.getImportedDecisionDate()),
                    town.getSignerTitle(), town.getSignerName());
        }
        // a khu dân cư: recognised by its commune's own decision, its number, date and signer as the officer recorded
        // them (a recognition recorded before they were asked for keeps its note as the decision line)
        String commune = dossier.placeName();
        String recorded = dossier.getAreaDecisionNumber() != null
                ? decisionLine(dossier.getAreaDecisionNumber(), dossier.getAreaDecisionDate())
                : events.findByDossierIdOrderByOccurredAtAscIdAsc(dossier.getId()).stream()
                        .filter(e -> e.getAction() == DossierAction.RECOGNIZE).reduce((a, b) -> b)
                        .map(DossierEvent::getComment).orElse(null);
        return new Certificate("ỦY BAN NHÂN DÂN " + commune.toUpperCase(VIETNAMESE), commune,
                dossier.getAreaDecisionDate(), dossier.subjectName(), commune, dossier.getYear().getYear(), recorded,
                "CHỦ TỊCH", dossier.getAreaDecisionSigner());
    }

    private static Certificate certificate(Dossier dossier, RecognitionDecision decision) {
        return new Certificate(decision.getIssuingBody().getHeaderName(), decision.getIssuingBody().getPlaceName(),
                decision.getSignedOn(), dossier.subjectName(), dossier.placeName(),
                dossier.getYear().getYear(), decisionLine(decision.getNumber(), decision.getSignedOn()),
                decision.getSignerTitle(), decision.getSignerName());
    }

    static String decisionLine(String number, LocalDate signedOn) {
        if (number == null) {
            return null;
        }
        return "Quyết định số " + number + (signedOn == null ? "" : " ngày " + StrictDates.FORMAT.format(signedOn));
    }

    /** The bodies that sign recognition decisions, for the draft decision's choice. */
    @Transactional(readOnly = true)
    public List<IssuingBody> decisionBodies() {
        return bodies.findBySignsOrderByNameAsc(IssuingBody.Signs.DECISIONS);
    }

    /** The body that signs the movement's reports (Ban Chỉ đạo), with its defaults. */
    @Transactional(readOnly = true)
    public Optional<IssuingBody> reportBody() {
        return bodies.findFirstBySignsOrderByIdAsc(IssuingBody.Signs.REPORTS);
    }

    /** Corrects an issuing body's names and defaults (Quản trị › Cơ quan ban hành). */
    public void updateIssuingBody(long id, long version, IssuingBody.Details details) {
        IssuingBody body = bodies.findById(id).orElseThrow(NotFoundException::new);
        if (body.getVersion() != version) {
            throw new StaleEditException();
        }
        IssuingBody.Details before = body.details();
        body.update(details);
        audit.issuingBodyChanged(body.getName(), before, details);
    }

    /**
     * What a decision's page shows and its issue form confirms: the decision's version and each of its dossiers with
     * its version (a dossier taken out, added or moved on changes it).
     */
    public static String shownSet(RecognitionDecision decision, List<Dossier> itsDossiers) {
        return Fingerprint.of(decision.getId() + "@" + decision.getVersion() + ":" + itsDossiers.stream()
                .sorted(Comparator.comparing(Dossier::getId))
                .map(d -> d.getId() + "@" + d.getVersion()).collect(Collectors.joining(",")));
    }

    /** Takes a dossier out of a draft decision, e.g. after it was refused meanwhile, as the page showed it. */
    public void removeFromDraft(long decisionId, long dossierId, long dossierVersion, CurrentUser user) {
        requireSteering(user);
        RecognitionDecision decision = get(decisionId);
        if (!decision.isDraft()) {
            throw new DossierConflict("decision.alreadyIssued");
        }
        Dossier dossier = dossiers.findWhole(dossierId).orElseThrow(NotFoundException::new);
        if (dossier.getDecision() == null || !dossier.getDecision().getId().equals(decisionId)
                || dossier.getVersion() != dossierVersion) {
            throw new StaleEditException();
        }
        dossier.includeIn(null);
        audit.decision(AuditAction.DECISION_UPDATED, decision,
                audit.message("audit.decision.removed", dossier.subjectName()), user);
    }

    /** Xóa dự thảo: a draft not to be issued; its dossiers are free for another decision. */
    public void deleteDraft(long id, long version, CurrentUser user) {
        requireSteering(user);
        RecognitionDecision decision = get(id);
        if (decision.getVersion() != version) {
            throw new StaleEditException();
        }
        if (!decision.isDraft()) {
            throw new DossierConflict("decision.alreadyIssued");
        }
        List<Dossier> freed = dossiers.findOfDecision(id);
        freed.forEach(dossier -> dossier.includeIn(null));
        audit.decision(AuditAction.DECISION_DELETED, decision,
                audit.message("audit.decision", String.valueOf(freed.size())), user);
        decisions.delete(decision);
    }

    /** A draft decision over the chosen dossiers, each of which must be ready to be recognised by this user. */
    public RecognitionDecision draft(int year, List<Long> dossierIds, Long bodyId, String proposal, String signerName,
                                     String signerTitle, CurrentUser user) {
        requireSteering(user);
        if (dossierIds == null || dossierIds.isEmpty()) {
            throw new DossierConflict("decision.noDossiers");
        }
        IssuingBody body = bodyId == null ? null : bodies.findById(bodyId).orElse(null);
        if (body == null) {
            throw new InputRefused("decision.bodyRequired", "body");
        }
        RecognitionDecision decision = decisions.save(new RecognitionDecision(years.get(year), body, proposal,
                signerName == null ? body.getSignerName() : signerName,
                signerTitle == null ? body.getSignerTitle() : signerTitle));
        for (Long id : dossierIds) {
            Dossier dossier = dossiers.findWhole(id).orElseThrow(NotFoundException::new);
            if (dossier.getYear().getYear() != year || dossier.getDecision() != null) {
                throw new DossierConflict("decision.dossierNotReady");
            }
            requireRecognizable(dossier, user);
            dossier.includeIn(decision);
        }
        audit.decision(AuditAction.DECISION_DRAFTED, decision,
                audit.message("audit.decision", String.valueOf(dossierIds.size())), user);
        return decision;
    }

    /**
     * Issues a draft: every dossier in it is recognised now, or, if any of them changed meanwhile, none is. The
     * {@code shown} set ({@link #shownSet}) is what the page showed the user: a draft whose dossiers changed since
     * (one taken out in another tab, one refused) is not issued; the user sees the current draft first.
     */
    public void issue(long id, String shown, String number, LocalDate signedOn, CurrentUser user) {
        requireSteering(user);
        RecognitionDecision decision = get(id);
        if (!decision.isDraft()) {
            throw new DossierConflict("decision.alreadyIssued");
        }
        List<Dossier> recognised = dossiers.findOfDecision(id);
        if (!shownSet(decision, recognised).equals(shown)) {
            throw new StaleEditException();
        }
        requireNumberAndDate(decision, number, signedOn);
        if (decisions.numberTaken(decision.getIssuingBody().getId(), number.strip(), signedOn.getYear())) {
            throw new DossierConflict("decision.numberTaken");
        }
        if (recognised.isEmpty()) {
            throw new DossierConflict("decision.empty");
        }
        decision.issue(number.strip(), signedOn);
        flushNumber();
        String comment = line(number.strip(), signedOn);
        for (Dossier dossier : recognised) {
            Workflow.Outcome outcome = requireRecognizable(dossier, user);
            DossierState from = dossier.getState();
            events.save(dossier.apply(DossierAction.RECOGNIZE, outcome, user, clock.instant(), comment));
            audit.step(dossier, DossierAction.RECOGNIZE, from, comment, user);
        }
        audit.decision(AuditAction.DECISION_ISSUED, decision, audit.message("audit.decision.issued",
                decision.getNumber(), audit.date(signedOn), String.valueOf(recognised.size())), user);
    }

    /**
     * Đính chính: corrects a typo in an issued decision's number or date, with a mandatory reason; every dossier it
     * recognised gets the correction, old → new, in its history.
     */
    public void correct(long id, long version, String number, LocalDate signedOn, String reason, CurrentUser user) {
        requireSteering(user);
        RecognitionDecision decision = get(id);
        if (decision.getVersion() != version) {
            throw new StaleEditException();
        }
        if (decision.isDraft()) {
            throw new DossierConflict("decision.correct.draft");
        }
        if (reason == null || reason.isBlank()) {
            throw new InputRefused("dossier.reason.required", "reason");
        }
        requireNumberAndDate(decision, number, signedOn);
        String before = line(decision.getNumber(), decision.getSignedOn());
        String after = line(number.strip(), signedOn);
        if (before.equals(after)) {
            throw new InputRefused("dossier.correct.unchanged", "number");
        }
        if ((!number.strip().equals(decision.getNumber()) || signedOn.getYear() != decision.getSignedOn().getYear())
                && decisions.numberTaken(decision.getIssuingBody().getId(), number.strip(), signedOn.getYear())) {
            // a correction typed a number already given: the form says so (two issues at once stay a conflict)
            throw new InputRefused("decision.numberTaken", "number");
        }
        String oldNumber = decision.getNumber();
        LocalDate oldDate = decision.getSignedOn();
        decision.issue(number.strip(), signedOn);
        flushNumber();
        audit.decision(AuditAction.DECISION_CORRECTED, decision, audit.message("audit.decision.corrected",
                oldNumber, decision.getNumber(), audit.date(oldDate), audit.date(signedOn), reason.strip()), user);
        String comment = "Quyết định công nhận: " + before + " → " + after + ". Lý do: " + reason.strip();
        for (Dossier dossier : dossiers.findOfDecision(id)) {
            Workflow.Outcome outcome = Workflow.decide(dossier.facts(), DossierAction.CORRECT, user,
                    Workflow.Facts.none());
            if (!outcome.isAllowed()) {
                throw new DossierConflict("dossier.refused.state.CORRECT");
            }
            DossierState from = dossier.getState();
            events.save(dossier.apply(DossierAction.CORRECT, outcome, user, clock.instant(), comment));
            audit.step(dossier, DossierAction.CORRECT, from, comment, user);
        }
    }

    /**
     * Two decisions given one number at the same moment both pass the check; the unique index refuses the second,
     * which gets the check's own message.
     */
    private void flushNumber() {
        try {
            decisions.flush();
        }
        catch (DataIntegrityViolationException taken) {
            if (NaturalKey.violated(taken, "recognition_decision_number_key")) {
                throw new DossierConflict("decision.numberTaken");
            }
            throw taken;
        }
    }

    /** "125/QĐ-UBND — 20/12/2023", as histories name a decision. */
    private static String line(String number, LocalDate signedOn) {
        return number + " — " + StrictDates.FORMAT.format(signedOn);
    }

    /** A number and a date, signed neither in the future nor before the year the decision recognises. */
    private void requireNumberAndDate(RecognitionDecision decision, String number, LocalDate signedOn) {
        if (number == null || number.isBlank() || number.length() > 50 || signedOn == null) {
            throw new InputRefused("decision.numberAndDateRequired", number == null || number.isBlank() || number.length() > 50 ? "number" : "signedOn");
        }
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw new InputRefused("decision.futureDate", "signedOn");
        }
        if (signedOn.getYear() < decision.getYear().getYear()) {
            throw new InputRefused("decision.beforeYear", "signedOn");
        }
    }

    private static Workflow.Outcome requireRecognizable(Dossier dossier, CurrentUser user) {
        Workflow.Outcome outcome = Workflow.decide(dossier.facts(), DossierAction.RECOGNIZE, user,
                Workflow.Facts.none());
        if (!outcome.isAllowed()) {
            if (outcome.refusal() == Workflow.Refusal.FORBIDDEN) {
                throw new ReasonedRefusal(outcome.messageKey());
            }
            throw new DossierConflict("decision.dossierChanged");
        }
        return outcome;
    }

    private static void requireSteering(CurrentUser user) {
        if (!user.hasRole(Role.STEERING)) {
            throw new AccessDeniedException("steering committee only");
        }
    }
}
