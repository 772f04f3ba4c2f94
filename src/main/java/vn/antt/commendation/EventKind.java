package vn.antt.commendation;

/** The movement's events. */
public enum EventKind {
    /** Ngày hội toàn dân bảo vệ an ninh Tổ quốc (around 19/8) */
    FESTIVAL,
    /** Hội nghị tổng kết phong trào */
    REVIEW_CONFERENCE;

    public String messageKey() {
        return "event.kind." + name();
    }
}
