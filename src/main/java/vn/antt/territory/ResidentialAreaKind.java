package vn.antt.territory;

/** Thôn / Tổ dân phố / Khu phố / Khác */
public enum ResidentialAreaKind {
    THON, TO_DAN_PHO, KHU_PHO, OTHER;

    public String messageKey() {
        return "area.kind." + name();
    }
}
