package vn.antt.commendation;

/** Who is commended: a collective (a commune, khu dân cư, organization or model) or an individual. */
public enum RecipientKind {
    COMMUNE, RESIDENTIAL_AREA, ORGANIZATION, MODEL, INDIVIDUAL;

    public boolean isCollective() {
        return this != INDIVIDUAL;
    }

    public String messageKey() {
        return "commendation.recipient." + name();
    }
}
