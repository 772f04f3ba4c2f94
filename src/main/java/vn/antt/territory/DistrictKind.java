package vn.antt.territory;

/** Huyện / Thị xã / Thành phố */
public enum DistrictKind {
    HUYEN, THI_XA, THANH_PHO;

    public String messageKey() {
        return "district.kind." + name();
    }
}
