package vn.antt.certification;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Bộ tiêu chí: a legal basis, e.g. "Thông tư 23/2012/TT-BCA", with its criteria. */
@Entity
public class CriteriaSet extends AuditedEntity {

    private String code;

    private String title;

    private LocalDate effectiveFrom;

    protected CriteriaSet() {
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }
}
