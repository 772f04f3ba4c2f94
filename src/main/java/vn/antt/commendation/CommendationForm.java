package vn.antt.commendation;

/** Hình thức khen thưởng. */
public enum CommendationForm {
    /** Bằng khen */
    CERTIFICATE_OF_MERIT,
    /** Giấy khen */
    LETTER_OF_COMMENDATION,
    /** Cờ thi đua */
    EMULATION_FLAG,
    /** Kỷ niệm chương */
    MEDAL;

    public String messageKey() {
        return "commendation.form." + name();
    }
}
