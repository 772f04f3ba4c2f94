package vn.antt.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationKind;
import vn.antt.territory.Commune;
import vn.antt.territory.ResidentialArea;

/** Hồ sơ đề nghị công nhận "An toàn về ANTT": one per subject per year. Its state moves only by {@link Workflow}. */
@Entity
public class Dossier extends AuditedEntity {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private EvaluationYear year;

    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;

    @ManyToOne(fetch = FetchType.LAZY)
    private ResidentialArea residentialArea;

    @ManyToOne(fetch = FetchType.LAZY)
    private Commune commune;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organization organization;

    /** Whose officers act on it; null when the town police do (a town-managed organization). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Commune actingCommune;

    /** Where the subject is. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Commune locatedCommune;

    @Enumerated(EnumType.STRING)
    private DossierState state = DossierState.DRAFT;

    /** Đăng ký phấn đấu */
    private LocalDate registeredOn;

    private String registrationNote;

    private Long submittedBy;

    private Instant submittedAt;

    private Long appraisedBy;

    private Instant appraisedAt;

    private Boolean conclusionMet;

    private String conclusionNote;

    /** The decision that recognises it (a draft until issued). */
    @ManyToOne(fetch = FetchType.LAZY)
    private RecognitionDecision decision;

    /** Nhập từ dữ liệu cũ: a result of a year before the app, with only its result and decision. */
    private boolean imported;

    private String importedDecisionNumber;

    private LocalDate importedDecisionDate;

    /** A khu dân cư's recognition: its commune's decision (number, date, signer), as the officer recorded it. */
    private String areaDecisionNumber;

    private LocalDate areaDecisionDate;

    private String areaDecisionSigner;

    /** The subject's name, commune, address and kind when it was decided or its year closed; null before. */
    private String subjectName;

    private String placeName;

    private String subjectAddress;

    @Enumerated(EnumType.STRING)
    private OrganizationKind organizationKind;

    protected Dossier() {
    }

    static Dossier ofCommune(EvaluationYear year, Commune commune) {
        Dossier dossier = new Dossier();
        dossier.year = year;
        dossier.subjectKind = SubjectKind.COMMUNE;
        dossier.commune = commune;
        dossier.actingCommune = commune;
        dossier.locatedCommune = commune;
        return dossier;
    }

    static Dossier ofArea(EvaluationYear year, ResidentialArea area) {
        Dossier dossier = new Dossier();
        dossier.year = year;
        dossier.subjectKind = SubjectKind.RESIDENTIAL_AREA;
        dossier.residentialArea = area;
        dossier.actingCommune = area.getCommune();
        dossier.locatedCommune = area.getCommune();
        return dossier;
    }

    static Dossier ofOrganization(EvaluationYear year, RosterEntry entry) {
        Dossier dossier = new Dossier();
        dossier.year = year;
        dossier.subjectKind = SubjectKind.ORGANIZATION;
        dossier.organization = entry.getOrganization();
        dossier.actingCommune = entry.getManagingCommune();
        dossier.locatedCommune = entry.getOrganization().getCommune();
        return dossier;
    }

    /** A result of an earlier year, from the town's records: recognised or not, and the decision that said so. */
    Dossier asImported(boolean recognized, String decisionNumber, LocalDate decisionDate) {
        imported = true;
        state = recognized ? DossierState.RECOGNIZED : DossierState.NOT_RECOGNIZED;
        importedDecisionNumber = decisionNumber;
        importedDecisionDate = decisionDate;
        keepNames();
        return this;
    }

    /** The officers who prepare it change with the roster (Công an thị xã when null). */
    void actBy(Commune managingCommune) {
        actingCommune = managingCommune;
    }

    /** What the workflow needs to know of it. */
    Workflow.Dossier facts() {
        return new Workflow.Dossier(subjectKind, actingCommune == null ? null : actingCommune.getId(),
                locatedCommune.getId(), state, year.isOpen(), submittedBy, appraisedBy,
                Boolean.TRUE.equals(conclusionMet));
    }

    /** Moves the dossier as the workflow allowed, and returns the history line to store with it. */
    DossierEvent apply(DossierAction action, Workflow.Outcome outcome, CurrentUser by, Instant at, String comment) {
        DossierState from = state;
        state = outcome.to();
        if (action == DossierAction.SUBMIT) {
            submittedBy = by.id();
            submittedAt = at;
        }
        if (action == DossierAction.APPRAISE) {
            appraisedBy = by.id();
            appraisedAt = at;
        }
        if (action == DossierAction.RECOGNIZE || action == DossierAction.REFUSE) {
            keepNames();
        }
        return new DossierEvent(this, action, from, state, by.getUsername(), at, comment);
    }

    /** The current value of a correctable field, as the history shows it. */
    String valueOf(CorrectedField field) {
        return switch (field) {
            case REGISTERED_ON -> format(registeredOn);
            case REGISTRATION_NOTE -> registrationNote;
            case CONCLUSION_NOTE -> conclusionNote;
            case IMPORTED_DECISION_NUMBER -> importedDecisionNumber;
            case IMPORTED_DECISION_DATE -> format(importedDecisionDate);
            case AREA_DECISION_NUMBER -> areaDecisionNumber;
            case AREA_DECISION_DATE -> format(areaDecisionDate);
            case AREA_DECISION_SIGNER -> areaDecisionSigner;
        };
    }

    /** Đính chính: one field changed, outside the workflow (the service checks who and why). */
    void correct(CorrectedField field, String text, LocalDate date) {
        switch (field) {
            case REGISTERED_ON -> registeredOn = date;
            case REGISTRATION_NOTE -> registrationNote = text;
            case CONCLUSION_NOTE -> conclusionNote = text;
            case IMPORTED_DECISION_NUMBER -> importedDecisionNumber = text;
            case IMPORTED_DECISION_DATE -> importedDecisionDate = date;
            case AREA_DECISION_NUMBER -> areaDecisionNumber = text;
            case AREA_DECISION_DATE -> areaDecisionDate = date;
            case AREA_DECISION_SIGNER -> areaDecisionSigner = text;
        }
    }

    private static String format(LocalDate date) {
        return date == null ? null : date.format(DAY);
    }

    void register(LocalDate on, String note) {
        registeredOn = on;
        registrationNote = note;
    }

    void includeIn(RecognitionDecision decision) {
        this.decision = decision;
    }

    void conclude(boolean met, String note) {
        conclusionMet = met;
        conclusionNote = note;
    }

    public DossierResult result() {
        return DossierResult.of(state, conclusionMet, year.isOpen());
    }

    /** Which criteria of the year's set apply to it. */
    public CriteriaSubject criteriaSubject() {
        return switch (subjectKind) {
            case RESIDENTIAL_AREA -> CriteriaSubject.RESIDENTIAL_AREA;
            case COMMUNE -> CriteriaSubject.COMMUNE;
            case ORGANIZATION -> organization.getKind() == OrganizationKind.SCHOOL
                    ? CriteriaSubject.SCHOOL : CriteriaSubject.AGENCY_ENTERPRISE;
        };
    }

    /**
     * Keeps the subject's names as they are now: called when the dossier is decided, imported or its year closed, so
     * that its decision, certificate and report read the same whatever the registry later calls the subject. Kept
     * names are never replaced.
     */
    void keepNames() {
        if (subjectName != null) {
            return;
        }
        subjectName = currentSubjectName();
        placeName = locatedCommune.getName();
        subjectAddress = organization != null && organization.getAddress() != null ? organization.getAddress()
                : placeName;
        organizationKind = organization == null ? null : organization.getKind();
    }

    /** The subject's name as the lists show it: the one kept when it was decided, else today's. */
    public String subjectName() {
        return subjectName != null ? subjectName : currentSubjectName();
    }

    /** The subject's name in today's registry (differs from {@link #subjectName()} after a rename). */
    public String currentSubjectName() {
        return switch (subjectKind) {
            case RESIDENTIAL_AREA -> residentialArea.getName();
            case COMMUNE -> commune.getName();
            case ORGANIZATION -> organization.getName();
        };
    }

    /** The commune the subject is in, by the name kept when it was decided, else today's. */
    public String placeName() {
        return placeName != null ? placeName : locatedCommune.getName();
    }

    /** The address printed in a decision's annex: an organization's own, else its commune. */
    public String addressLine() {
        if (subjectAddress != null) {
            return subjectAddress;
        }
        return organization != null && organization.getAddress() != null ? organization.getAddress()
                : locatedCommune.getName();
    }

    /** An organization's kind as kept when it was decided, else today's; null for a commune or khu dân cư. */
    public OrganizationKind organizationKind() {
        if (organization == null) {
            return null;
        }
        return organizationKind != null ? organizationKind : organization.getKind();
    }

    public EvaluationYear getYear() {
        return year;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public ResidentialArea getResidentialArea() {
        return residentialArea;
    }

    public Commune getCommune() {
        return commune;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Commune getActingCommune() {
        return actingCommune;
    }

    public Commune getLocatedCommune() {
        return locatedCommune;
    }

    public DossierState getState() {
        return state;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getRegistrationNote() {
        return registrationNote;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getAppraisedBy() {
        return appraisedBy;
    }

    public Instant getAppraisedAt() {
        return appraisedAt;
    }

    public Boolean getConclusionMet() {
        return conclusionMet;
    }

    public String getConclusionNote() {
        return conclusionNote;
    }

    public RecognitionDecision getDecision() {
        return decision;
    }

    public boolean isImported() {
        return imported;
    }

    public String getImportedDecisionNumber() {
        return importedDecisionNumber;
    }

    public LocalDate getImportedDecisionDate() {
        return importedDecisionDate;
    }

    /** Records the commune's decision that recognised this khu dân cư. */
    void recordAreaDecision(String number, LocalDate signedOn, String signer) {
        this.areaDecisionNumber = number;
        this.areaDecisionDate = signedOn;
        this.areaDecisionSigner = signer;
    }

    public String getAreaDecisionNumber() {
        return areaDecisionNumber;
    }

    public LocalDate getAreaDecisionDate() {
        return areaDecisionDate;
    }

    public String getAreaDecisionSigner() {
        return areaDecisionSigner;
    }
}
