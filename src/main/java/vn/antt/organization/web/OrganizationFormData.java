package vn.antt.organization.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antt.infrastructure.validation.PlainText;
import vn.antt.infrastructure.validation.PhoneNumber;
import vn.antt.infrastructure.validation.TaxCode;
import vn.antt.organization.GuardForce;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationKind;
import vn.antt.territory.Commune;
import vn.antt.infrastructure.validation.PlausibleDate;

/** The organization form, carrying the version it was opened at. */
public class OrganizationFormData {

    @NotBlank
    @Size(max = 255)
    @PlainText
    private String name;

    @Size(max = 100)
    @PlainText
    private String shortName;

    @NotNull
    private OrganizationKind kind;

    @Size(max = 100)
    @PlainText
    private String subKind;

    @Size(max = 255)
    @PlainText
    private String address;

    @NotNull
    private Long communeId;

    @TaxCode
    private String taxCode;

    @Size(max = 255)
    @PlainText
    private String headName;

    @Size(max = 255)
    @PlainText
    private String headTitle;

    @PhoneNumber
    private String headPhone;

    @Min(0)
    @Max(1_000_000)
    private Integer staffCount;

    @NotNull
    private GuardForce guardForce = GuardForce.NONE;

    @Min(0)
    @Max(100_000)
    private Integer guardCount;

    private boolean hasProtectionRules;

    @PlausibleDate
    private LocalDate protectionRulesDate;

    private boolean hasPartyOrganization;

    @Size(max = 4000)
    @PlainText(multiline = true)
    private String note;

    private long version;

    static OrganizationFormData from(Organization organization) {
        Organization.Details d = organization.details();
        OrganizationFormData form = new OrganizationFormData();
        form.name = d.name();
        form.shortName = d.shortName();
        form.kind = d.kind();
        form.subKind = d.subKind();
        form.address = d.address();
        form.communeId = d.commune().getId();
        form.taxCode = d.taxCode();
        form.headName = d.headName();
        form.headTitle = d.headTitle();
        form.headPhone = d.headPhone();
        form.staffCount = d.staffCount();
        form.guardForce = d.guardForce();
        form.guardCount = d.guardCount();
        form.hasProtectionRules = d.hasProtectionRules();
        form.protectionRulesDate = d.protectionRulesDate();
        form.hasPartyOrganization = d.hasPartyOrganization();
        form.note = d.note();
        form.version = organization.getVersion();
        return form;
    }

    Organization.Details toDetails(Commune commune) {
        return new Organization.Details(name, shortName, kind, subKind, address, commune, taxCode, headName,
                headTitle, headPhone, staffCount, guardForce, guardCount, hasProtectionRules, protectionRulesDate,
                hasPartyOrganization, note);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getSubKind() {
        return subKind;
    }

    public void setSubKind(String subKind) {
        this.subKind = subKind;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHeadTitle() {
        return headTitle;
    }

    public void setHeadTitle(String headTitle) {
        this.headTitle = headTitle;
    }

    public String getHeadPhone() {
        return headPhone;
    }

    public void setHeadPhone(String headPhone) {
        this.headPhone = headPhone;
    }

    public Integer getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(Integer staffCount) {
        this.staffCount = staffCount;
    }

    public GuardForce getGuardForce() {
        return guardForce;
    }

    public void setGuardForce(GuardForce guardForce) {
        this.guardForce = guardForce;
    }

    public Integer getGuardCount() {
        return guardCount;
    }

    public void setGuardCount(Integer guardCount) {
        this.guardCount = guardCount;
    }

    public boolean isHasProtectionRules() {
        return hasProtectionRules;
    }

    public void setHasProtectionRules(boolean hasProtectionRules) {
        this.hasProtectionRules = hasProtectionRules;
    }

    public LocalDate getProtectionRulesDate() {
        return protectionRulesDate;
    }

    public void setProtectionRulesDate(LocalDate protectionRulesDate) {
        this.protectionRulesDate = protectionRulesDate;
    }

    public boolean isHasPartyOrganization() {
        return hasPartyOrganization;
    }

    public void setHasPartyOrganization(boolean hasPartyOrganization) {
        this.hasPartyOrganization = hasPartyOrganization;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
