package vn.antt.selfmanaged;

/** Hoạt động / Tạm dừng / Giải thể */
public enum ModelStatus {
    ACTIVE, SUSPENDED, DISSOLVED;

    public String messageKey() {
        return "model.status." + name();
    }
}
