package vn.antt.certification;

/** What an audited correction (đính chính) of a decided dossier may change. */
public enum CorrectedField {
    REGISTERED_ON(true),
    REGISTRATION_NOTE(false),
    CONCLUSION_NOTE(false),
    IMPORTED_DECISION_NUMBER(false),
    IMPORTED_DECISION_DATE(true);

    private final boolean date;

    CorrectedField(boolean date) {
        this.date = date;
    }

    public boolean isDate() {
        return date;
    }

    public String messageKey() {
        return "dossier.correct.field." + name();
    }
}
