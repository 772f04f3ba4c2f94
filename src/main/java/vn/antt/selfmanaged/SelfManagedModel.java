package vn.antt.selfmanaged;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.history.YearRules;
import vn.antt.infrastructure.persistence.AuditedEntity;
import vn.antt.organization.Organization;
import vn.antt.territory.Commune;
import vn.antt.territory.ResidentialArea;

/** Mô hình, tổ tự quản về ANTT of one commune, possibly inside a khu dân cư or hosted by an organization. */
@Entity
public class SelfManagedModel extends AuditedEntity {

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ModelType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Commune commune;

    @ManyToOne(fetch = FetchType.LAZY)
    private ResidentialArea residentialArea;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organization hostOrganization;

    private LocalDate foundedOn;

    /** Quyết định thành lập: số, ngày, cơ quan ban hành */
    private String decisionNumber;

    private LocalDate decisionDate;

    private String decisionIssuer;

    /** Người phụ trách / Tổ trưởng */
    private String leaderName;

    private String leaderPhone;

    private Integer membersCount;

    /** Đơn vị chủ trì: Công an xã, MTTQ, Hội, Đoàn thể… */
    private String hostBody;

    private String description;

    /** The type's figure, e.g. the number of cameras. */
    private Integer figure;

    @Enumerated(EnumType.STRING)
    private ModelStatus status = ModelStatus.ACTIVE;

    private LocalDate statusSince;

    private String statusReason;

    private LocalDate dissolvedOn;

    @Column(insertable = false, updatable = false)
    private String searchKey;

    protected SelfManagedModel() {
    }

    public SelfManagedModel(Details details) {
        update(details);
        this.statusSince = details.foundedOn();
    }

    /** What the model form changes; status has its own action with a date and a reason. */
    public record Details(String name, ModelType type, Commune commune, ResidentialArea residentialArea,
                          Organization hostOrganization, LocalDate foundedOn, String decisionNumber,
                          LocalDate decisionDate, String decisionIssuer, String leaderName, String leaderPhone,
                          Integer membersCount, String hostBody, String description, Integer figure) {
    }

    public void update(Details details) {
        this.name = details.name();
        this.type = details.type();
        this.commune = details.commune();
        this.residentialArea = details.residentialArea();
        this.hostOrganization = details.hostOrganization();
        this.foundedOn = details.foundedOn();
        this.decisionNumber = details.decisionNumber();
        this.decisionDate = details.decisionDate();
        this.decisionIssuer = details.decisionIssuer();
        this.leaderName = details.leaderName();
        this.leaderPhone = details.leaderPhone();
        this.membersCount = details.membersCount();
        this.hostBody = details.hostBody();
        this.description = details.description();
        this.figure = details.figure();
    }

    public Details details() {
        return new Details(name, type, commune, residentialArea, hostOrganization, foundedOn, decisionNumber,
                decisionDate, decisionIssuer, leaderName, leaderPhone, membersCount, hostBody, description, figure);
    }

    /** Moves to another status from the given day; the caller stores the returned history line. */
    ModelStatusChange changeStatus(ModelStatus newStatus, LocalDate on, String reason, String by,
                                   Instant at) {
        this.status = newStatus;
        this.statusSince = on;
        this.statusReason = reason;
        this.dissolvedOn = newStatus == ModelStatus.DISSOLVED ? on : null;
        return new ModelStatusChange(this, newStatus, on, reason, by, at);
    }

    public boolean isNewIn(int year) {
        return YearRules.isNewIn(foundedOn, year);
    }

    public boolean isActiveAtEndOf(int year) {
        return YearRules.isActiveAtEndOf(foundedOn, dissolvedOn, year);
    }

    public String getName() {
        return name;
    }

    public ModelType getType() {
        return type;
    }

    public Commune getCommune() {
        return commune;
    }

    public ResidentialArea getResidentialArea() {
        return residentialArea;
    }

    public Organization getHostOrganization() {
        return hostOrganization;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDecisionIssuer() {
        return decisionIssuer;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public String getLeaderPhone() {
        return leaderPhone;
    }

    public Integer getMembersCount() {
        return membersCount;
    }

    public String getHostBody() {
        return hostBody;
    }

    public String getDescription() {
        return description;
    }

    public Integer getFigure() {
        return figure;
    }

    public ModelStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }
}
