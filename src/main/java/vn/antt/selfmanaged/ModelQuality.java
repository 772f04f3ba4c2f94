package vn.antt.selfmanaged;

/** Chất lượng hoạt động trong năm: Tốt (hoạt động hiệu quả) / Khá / Trung bình / Yếu */
public enum ModelQuality {
    GOOD, FAIR, AVERAGE, WEAK;

    public String messageKey() {
        return "model.quality." + name();
    }
}
