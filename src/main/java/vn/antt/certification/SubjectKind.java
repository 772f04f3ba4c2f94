package vn.antt.certification;

/** What a dossier proposes for recognition. */
public enum SubjectKind {
    /** Khu dân cư: decided at commune level by the commune's own officers */
    RESIDENTIAL_AREA,
    /** Xã, phường */
    COMMUNE,
    /** Cơ quan, doanh nghiệp, nhà trường in the year's roster */
    ORGANIZATION
}
