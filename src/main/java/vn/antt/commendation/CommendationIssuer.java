package vn.antt.commendation;

import jakarta.persistence.Entity;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Cấp khen: who commends (Bộ Công an, Chủ tịch UBND tỉnh, …), a catalogue the administrator keeps. */
@Entity
public class CommendationIssuer extends AuditedEntity {

    private String code;

    private String name;

    private int position;

    private boolean retired;

    protected CommendationIssuer() {
    }

    CommendationIssuer(String code, String name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }

    /** The issuer as the catalogue's form shows it, for the audit log. */
    public record AsTyped(String code, String name, int position, boolean retired) {
    }

    AsTyped asTyped() {
        return new AsTyped(code, name, position, retired);
    }

    void rename(String name, int position, boolean retired) {
        this.name = name;
        this.position = position;
        this.retired = retired;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRetired() {
        return retired;
    }
}
