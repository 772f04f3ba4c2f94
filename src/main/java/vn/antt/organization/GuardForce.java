package vn.antt.organization;

/** Lực lượng bảo vệ: không có / tự tổ chức / thuê dịch vụ bảo vệ */
public enum GuardForce {
    NONE, OWN, CONTRACTED;

    public String messageKey() {
        return "organization.guard." + name();
    }
}
