package vn.antt.certification;

/** The yearly result of a subject (domain §4), as lists show and filter it. */
public enum DossierResult {
    /** Đạt chuẩn: recognised */
    RECOGNIZED,
    /** Chưa đạt chuẩn: not recognised, revoked, or appraised "not met" */
    NOT_RECOGNIZED,
    /** Không đề nghị: still a draft or returned when its year closed */
    NOT_PROPOSED,
    /** Đang chuẩn bị: a draft, or returned for completion, in an open year (not yet sent to be appraised) */
    PREPARING,
    /** Đang xét: sent in, or appraised without a negative conclusion, in an open year */
    PENDING;

    /** The result of a dossier in this state, with this conclusion, in an open or closed year. */
    public static DossierResult of(DossierState state, Boolean conclusionMet, boolean yearOpen) {
        return switch (state) {
            case RECOGNIZED -> RECOGNIZED;
            case NOT_RECOGNIZED, REVOKED -> NOT_RECOGNIZED;
            case APPRAISED -> Boolean.FALSE.equals(conclusionMet) ? NOT_RECOGNIZED : PENDING;
            case DRAFT, RETURNED -> yearOpen ? PREPARING : NOT_PROPOSED;
            case SUBMITTED -> PENDING;
        };
    }

    public String messageKey() {
        return "dossier.result." + name();
    }
}
