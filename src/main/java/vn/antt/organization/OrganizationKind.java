package vn.antt.organization;

/** Cơ quan / Doanh nghiệp / Nhà trường */
public enum OrganizationKind {
    AGENCY, ENTERPRISE, SCHOOL;

    public String messageKey() {
        return "organization.kind." + name();
    }
}
