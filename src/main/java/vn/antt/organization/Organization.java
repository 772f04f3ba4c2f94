package vn.antt.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;
import vn.antt.territory.Commune;

/** Cơ quan, doanh nghiệp, nhà trường. Archived rather than deleted, so past years keep it. */
@Entity
public class Organization extends AuditedEntity {

    private String name;

    private String shortName;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    /** E.g. "Doanh nghiệp FDI", "Trường THCS". */
    private String subKind;

    private String address;

    /** The commune where it sits. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Commune commune;

    /** Mã số thuế: 10 digits, or 10-3 for a branch; unique when present. */
    private String taxCode;

    /** Người đứng đầu */
    private String headName;

    private String headTitle;

    private String headPhone;

    private Integer staffCount;

    @Enumerated(EnumType.STRING)
    private GuardForce guardForce = GuardForce.NONE;

    private Integer guardCount;

    /** Có nội quy bảo vệ cơ quan */
    private boolean hasProtectionRules;

    private LocalDate protectionRulesDate;

    /** Có tổ chức Đảng */
    private boolean hasPartyOrganization;

    private LocalDate archivedOn;

    private String note;

    @Column(insertable = false, updatable = false)
    private String searchKey;

    protected Organization() {
    }

    public Organization(Details details) {
        update(details);
    }

    /** What a user may change. */
    public record Details(String name, String shortName, OrganizationKind kind, String subKind, String address,
                          Commune commune, String taxCode, String headName, String headTitle, String headPhone,
                          Integer staffCount, GuardForce guardForce, Integer guardCount, boolean hasProtectionRules,
                          LocalDate protectionRulesDate, boolean hasPartyOrganization, String note) {
    }

    public void update(Details details) {
        this.name = details.name();
        this.shortName = details.shortName();
        this.kind = details.kind();
        this.subKind = details.subKind();
        this.address = details.address();
        this.commune = details.commune();
        this.taxCode = details.taxCode();
        this.headName = details.headName();
        this.headTitle = details.headTitle();
        this.headPhone = details.headPhone();
        this.staffCount = details.staffCount();
        this.guardForce = details.guardForce() == null ? GuardForce.NONE : details.guardForce();
        this.guardCount = details.guardCount();
        this.hasProtectionRules = details.hasProtectionRules();
        this.protectionRulesDate = details.hasProtectionRules() ? details.protectionRulesDate() : null;
        this.hasPartyOrganization = details.hasPartyOrganization();
        this.note = details.note();
    }

    public Details details() {
        return new Details(name, shortName, kind, subKind, address, commune, taxCode, headName, headTitle, headPhone,
                staffCount, guardForce, guardCount, hasProtectionRules, protectionRulesDate, hasPartyOrganization,
                note);
    }

    public void archive(LocalDate on) {
        this.archivedOn = on;
    }

    public void restore() {
        this.archivedOn = null;
    }

    public boolean isArchived() {
        return archivedOn != null;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public String getSubKind() {
        return subKind;
    }

    public String getAddress() {
        return address;
    }

    public Commune getCommune() {
        return commune;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public String getHeadName() {
        return headName;
    }

    public String getHeadTitle() {
        return headTitle;
    }

    public String getHeadPhone() {
        return headPhone;
    }

    public Integer getStaffCount() {
        return staffCount;
    }

    public GuardForce getGuardForce() {
        return guardForce;
    }

    public Integer getGuardCount() {
        return guardCount;
    }

    public boolean isHasProtectionRules() {
        return hasProtectionRules;
    }

    public LocalDate getProtectionRulesDate() {
        return protectionRulesDate;
    }

    public boolean isHasPartyOrganization() {
        return hasPartyOrganization;
    }

    public LocalDate getArchivedOn() {
        return archivedOn;
    }

    public String getNote() {
        return note;
    }
}
