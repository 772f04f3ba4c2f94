package vn.antt.commendation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antt.commendation.Commendation;
import vn.antt.commendation.CommendationForm;
import vn.antt.commendation.CommendationService;
import vn.antt.commendation.RecipientKind;
import vn.antt.infrastructure.validation.PlainText;
import vn.antt.infrastructure.validation.PlausibleDate;

/** The commendation form, carrying the version it was opened at. */
public class CommendationFormData {

    @NotNull
    private Integer year;

    @NotNull
    private CommendationForm form;

    @NotNull
    private Long issuerId;

    @Size(max = 50)
    @PlainText
    private String decisionNumber;

    @PlausibleDate
    private LocalDate decisionDate;

    @NotNull
    private RecipientKind recipientKind;

    private Long communeId;

    @Size(max = 255)
    @PlainText
    private String unitName;

    @Size(max = 255)
    @PlainText
    private String personName;

    @Size(max = 255)
    @PlainText
    private String personPosition;

    @Size(max = 255)
    @PlainText
    private String personUnit;

    @Size(max = 4000)
    @PlainText(multiline = true)
    private String achievement;

    private long version;

    static CommendationFormData from(Commendation c) {
        CommendationFormData data = new CommendationFormData();
        data.year = c.getYear();
        data.form = c.getForm();
        data.issuerId = c.getIssuer().getId();
        data.decisionNumber = c.getDecisionNumber();
        data.decisionDate = c.getDecisionDate();
        data.recipientKind = c.getRecipientKind();
        data.communeId = c.getCommune() == null ? null : c.getCommune().getId();
        data.unitName = c.unitName();
        data.personName = c.getPersonName();
        data.personPosition = c.getPersonPosition();
        data.personUnit = c.getPersonUnit();
        data.achievement = c.getAchievement();
        data.version = c.getVersion();
        return data;
    }

    CommendationService.Typed typed() {
        return new CommendationService.Typed(year, form, issuerId, blank(decisionNumber), decisionDate,
                recipientKind, communeId, blank(unitName), blank(personName), blank(personPosition),
                blank(personUnit), blank(achievement));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public CommendationForm getForm() {
        return form;
    }

    public void setForm(CommendationForm form) {
        this.form = form;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public void setIssuerId(Long issuerId) {
        this.issuerId = issuerId;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public void setRecipientKind(RecipientKind recipientKind) {
        this.recipientKind = recipientKind;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonPosition() {
        return personPosition;
    }

    public void setPersonPosition(String personPosition) {
        this.personPosition = personPosition;
    }

    public String getPersonUnit() {
        return personUnit;
    }

    public void setPersonUnit(String personUnit) {
        this.personUnit = personUnit;
    }

    public String getAchievement() {
        return achievement;
    }

    public void setAchievement(String achievement) {
        this.achievement = achievement;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
