package vn.antt.certification;

import java.util.EnumSet;
import java.util.Set;

/** The documents of a dossier (domain §4); some are required before it can be submitted. */
public enum AttachmentKind {
    /** Tờ trình đề nghị */
    TO_TRINH,
    /** Báo cáo kết quả */
    BAO_CAO,
    /** Biên bản họp xét */
    BIEN_BAN,
    /** Bản đăng ký phấn đấu */
    DANG_KY,
    OTHER;

    public String messageKey() {
        return "attachment.kind." + name();
    }

    /** Communes and organizations send tờ trình, báo cáo and biên bản; khu dân cư the biên bản họp xét. */
    public static Set<AttachmentKind> requiredFor(SubjectKind kind) {
        return kind == SubjectKind.RESIDENTIAL_AREA ? EnumSet.of(BIEN_BAN) : EnumSet.of(TO_TRINH, BAO_CAO, BIEN_BAN);
    }
}
