package vn.antt.certification;

/** The figures a computed criterion checks (domain §4), for a subject and year. */
public enum Metric {
    /** Commune: khu dân cư valid in the year whose dossier is recognised, over all of them */
    RESIDENTIAL_AREAS_RECOGNIZED_PCT(true),
    /** Commune: its khu dân cư and the organizations it manages that registered, over all of them */
    SUBJECTS_REGISTERED_PCT(true),
    /** Commune: the same subjects recognised, over all of them */
    SUBJECTS_RECOGNIZED_PCT(true),
    /** Commune: models active at year end and assessed Tốt */
    EFFECTIVE_MODELS(false),
    /** Organization: models it hosts, active at year end */
    ORGANIZATION_MODELS(false),
    /** Organization: models it hosts, active at year end and assessed Tốt */
    ORGANIZATION_EFFECTIVE_MODELS(false);

    private final boolean percentage;

    Metric(boolean percentage) {
        this.percentage = percentage;
    }

    public boolean isPercentage() {
        return percentage;
    }

    public String messageKey() {
        return "metric." + name();
    }
}
