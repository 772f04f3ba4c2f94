package vn.antt.certification;

/** What an audited correction (đính chính) of a decided dossier may change. */
public enum CorrectedField {
    REGISTERED_ON(true),
    REGISTRATION_NOTE(false),
    CONCLUSION_NOTE(false),
    IMPORTED_DECISION_NUMBER(false),
    IMPORTED_DECISION_DATE(true),
    /** A khu dân cư's recognition by its commune's decision: number, date and signer. */
    AREA_DECISION_NUMBER(false),
    AREA_DECISION_DATE(true),
    AREA_DECISION_SIGNER(false);

    private final boolean date;

    CorrectedField(boolean date) {
        this.date = date;
    }

    public boolean isDate() {
        return date;
    }

    /** Whether the field belongs to a khu dân cư recognised by its commune's decision. */
    public boolean isAreaDecision() {
        return this == AREA_DECISION_NUMBER || this == AREA_DECISION_DATE || this == AREA_DECISION_SIGNER;
    }

    /**
     * Whether the field can be corrected on this dossier: the imported decision's fields on an imported result only,
     * the commune's decision's fields on a khu dân cư recognised by one, the others on any dossier not imported.
     */
    public boolean appliesTo(Dossier dossier) {
        boolean importedField = this == IMPORTED_DECISION_NUMBER || this == IMPORTED_DECISION_DATE;
        return importedField == dossier.isImported() && (!isAreaDecision() || dossier.getAreaDecisionNumber() != null);
    }

    public String messageKey() {
        return "dossier.correct.field." + name();
    }
}
