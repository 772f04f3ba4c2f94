package vn.antt.infrastructure.security;

/** What a user may do; a user may hold several roles. */
public enum Role {
    /** Quản trị hệ thống */
    ADMIN,
    /** Cán bộ xã, phường — always bound to one commune */
    COMMUNE_OFFICER,
    /** Cán bộ thẩm định – Công an thị xã */
    APPRAISER,
    /** Ban Chỉ đạo thị xã */
    STEERING;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
