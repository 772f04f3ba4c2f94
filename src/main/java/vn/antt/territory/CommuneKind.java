package vn.antt.territory;

/** Xã / Phường / Thị trấn */
public enum CommuneKind {
    XA, PHUONG, THI_TRAN;

    public String messageKey() {
        return "commune.kind." + name();
    }
}
