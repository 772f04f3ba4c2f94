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

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
