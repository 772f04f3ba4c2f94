package vn.antt.selfmanaged.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antt.infrastructure.validation.PlainText;
import vn.antt.infrastructure.validation.PhoneNumber;
import vn.antt.selfmanaged.ModelService;
import vn.antt.selfmanaged.SelfManagedModel;
import vn.antt.infrastructure.validation.PlausibleDate;

/** The model form, carrying the version it was opened at. */
public class ModelFormData {
    @NotBlank
    @Size(max = 255)
    @PlainText
    private String name;

    @NotNull
    private Long typeId;

    @NotNull
    private Long communeId;

    private Long residentialAreaId;

    private Long hostOrganizationId;

    @NotNull
    @PlausibleDate
    private LocalDate foundedOn;

    @Size(max = 50)
    @PlainText
    private String decisionNumber;

    @PlausibleDate
    private LocalDate decisionDate;

    @Size(max = 255)
    @PlainText
    private String decisionIssuer;

    @Size(max = 255)
    @PlainText
    private String leaderName;

    @PhoneNumber
    private String leaderPhone;

    @Min(0)
    @Max(100_000)
    private Integer membersCount;

    @Size(max = 255)
    @PlainText
    private String hostBody;

    @Size(max = 4000)
    @PlainText(multiline = true)
    private String description;

    @Min(0)
    @Max(1_000_000)
    private Integer figure;

    private long version;

    static ModelFormData from(SelfManagedModel model) {
        SelfManagedModel.Details d = model.details();
        ModelFormData form = new ModelFormData();
        form.name = d.name();
        form.typeId = d.type().getId();
        form.communeId = d.commune().getId();
        form.residentialAreaId = d.residentialArea() == null ? null : d.residentialArea().getId();
        form.hostOrganizationId = d.hostOrganization() == null ? null : d.hostOrganization().getId();
        form.foundedOn = d.foundedOn();
        form.decisionNumber = d.decisionNumber();
        form.decisionDate = d.decisionDate();
        form.decisionIssuer = d.decisionIssuer();
        form.leaderName = d.leaderName();
        form.leaderPhone = d.leaderPhone();
        form.membersCount = d.membersCount();
        form.hostBody = d.hostBody();
        form.description = d.description();
        form.figure = d.figure();
        form.version = model.getVersion();
        return form;
    }

    ModelService.Input toInput() {
        return new ModelService.Input(name, typeId, communeId, residentialAreaId, hostOrganizationId, foundedOn,
                decisionNumber, decisionDate, decisionIssuer, leaderName, leaderPhone, membersCount, hostBody,
                description, figure);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public Long getResidentialAreaId() {
        return residentialAreaId;
    }

    public void setResidentialAreaId(Long residentialAreaId) {
        this.residentialAreaId = residentialAreaId;
    }

    public Long getHostOrganizationId() {
        return hostOrganizationId;
    }

    public void setHostOrganizationId(Long hostOrganizationId) {
        this.hostOrganizationId = hostOrganizationId;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
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

    public String getDecisionIssuer() {
        return decisionIssuer;
    }

    public void setDecisionIssuer(String decisionIssuer) {
        this.decisionIssuer = decisionIssuer;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public void setLeaderName(String leaderName) {
        this.leaderName = leaderName;
    }

    public String getLeaderPhone() {
        return leaderPhone;
    }

    public void setLeaderPhone(String leaderPhone) {
        this.leaderPhone = leaderPhone;
    }

    public Integer getMembersCount() {
        return membersCount;
    }

    public void setMembersCount(Integer membersCount) {
        this.membersCount = membersCount;
    }

    public String getHostBody() {
        return hostBody;
    }

    public void setHostBody(String hostBody) {
        this.hostBody = hostBody;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getFigure() {
        return figure;
    }

    public void setFigure(Integer figure) {
        this.figure = figure;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
