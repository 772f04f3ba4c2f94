package vn.antt.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Huyện, thị xã, thành phố thuộc tỉnh */
@Entity
public class District extends AuditedEntity {

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private DistrictKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Province province;

    protected District() {
    }

    District(String code, String name, DistrictKind kind, Province province) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.province = province;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DistrictKind getKind() {
        return kind;
    }

    public Province getProvince() {
        return province;
    }
}
