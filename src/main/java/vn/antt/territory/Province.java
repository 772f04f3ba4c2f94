package vn.antt.territory;

import jakarta.persistence.Entity;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Tỉnh */
@Entity
public class Province extends AuditedEntity {

    private String code;

    private String name;

    protected Province() {
    }

    Province(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
