package vn.antt.commendation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;
import vn.antt.organization.Organization;
import vn.antt.selfmanaged.SelfManagedModel;
import vn.antt.territory.Commune;
import vn.antt.territory.ResidentialArea;

/** Khen thưởng: a form of commendation from an issuer, in a year, to a collective or a person, for an achievement. */
@Entity
public class Commendation extends AuditedEntity {

    private int year;

    @Enumerated(EnumType.STRING)
    private CommendationForm form;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CommendationIssuer issuer;

    private String decisionNumber;

    private LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    private RecipientKind recipientKind;

    /** The recipient's commune (for a person, their unit's, when known). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Commune commune;

    @ManyToOne(fetch = FetchType.LAZY)
    private ResidentialArea residentialArea;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    private SelfManagedModel model;

    private String personName;

    private String personPosition;

    private String personUnit;

    private String achievement;

    protected Commendation() {
    }

    Commendation(Details details) {
        update(details);
    }

    /** Everything a commendation says, its recipient already resolved to a unit (or a person). */
    public record Details(int year, CommendationForm form, CommendationIssuer issuer, String decisionNumber,
                          LocalDate decisionDate, RecipientKind recipientKind, Commune commune,
                          ResidentialArea residentialArea, Organization organization, SelfManagedModel model,
                          String personName, String personPosition, String personUnit, String achievement) {
    }

    void update(Details d) {
        year = d.year();
        form = d.form();
        issuer = d.issuer();
        decisionNumber = d.decisionNumber();
        decisionDate = d.decisionDate();
        recipientKind = d.recipientKind();
        commune = d.commune();
        residentialArea = d.residentialArea();
        organization = d.organization();
        model = d.model();
        personName = d.personName();
        personPosition = d.personPosition();
        personUnit = d.personUnit();
        achievement = d.achievement();
    }

    /** The commendation as its form shows it, field by field, for the audit log. */
    public record AsTyped(int year, CommendationForm form, CommendationIssuer issuer, String decisionNumber,
                          LocalDate decisionDate, RecipientKind recipientKind, Commune commune, String unitName,
                          String personName, String personPosition, String personUnit, String achievement) {
    }

    AsTyped asTyped() {
        return new AsTyped(year, form, issuer, decisionNumber, decisionDate, recipientKind, commune, unitName(),
                personName, personPosition, personUnit, achievement);
    }

    /** The recipient as lists print it: the unit's name, or the person's name with position and unit. */
    public String recipientName() {
        return switch (recipientKind) {
            case COMMUNE -> commune.getName();
            case RESIDENTIAL_AREA -> residentialArea.getName();
            case ORGANIZATION -> organization.getName();
            case MODEL -> model.getName();
            case INDIVIDUAL -> personName + (personPosition == null ? "" : ", " + personPosition)
                    + (personUnit == null ? "" : ", " + personUnit);
        };
    }

    /** The unit's own name (not the person's) for the form. */
    public String unitName() {
        return switch (recipientKind) {
            case RESIDENTIAL_AREA -> residentialArea.getName();
            case ORGANIZATION -> organization.getName();
            case MODEL -> model.getName();
            default -> null;
        };
    }

    public int getYear() {
        return year;
    }

    public CommendationForm getForm() {
        return form;
    }

    public CommendationIssuer getIssuer() {
        return issuer;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public Commune getCommune() {
        return commune;
    }

    public ResidentialArea getResidentialArea() {
        return residentialArea;
    }

    public Organization getOrganization() {
        return organization;
    }

    public SelfManagedModel getModel() {
        return model;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonPosition() {
        return personPosition;
    }

    public String getPersonUnit() {
        return personUnit;
    }

    public String getAchievement() {
        return achievement;
    }
}
