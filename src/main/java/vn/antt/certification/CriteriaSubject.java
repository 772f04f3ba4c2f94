package vn.antt.certification;

/** Whom a criterion applies to (the criteria CSVs' subject_kind). */
public enum CriteriaSubject {
    RESIDENTIAL_AREA, COMMUNE, AGENCY_ENTERPRISE, SCHOOL;

    public String messageKey() {
        return "criteria.subject." + name();
    }
}
