package vn.antt.certification;

/** Where a dossier is in the workflow (glossary: Đang lập … Đã thu hồi). */
public enum DossierState {
    DRAFT, SUBMITTED, RETURNED, APPRAISED, RECOGNIZED, NOT_RECOGNIZED, REVOKED;

    public String messageKey() {
        return "dossier.state." + name();
    }

    /** Still in the commune's hands: it may be edited and (re)submitted. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
