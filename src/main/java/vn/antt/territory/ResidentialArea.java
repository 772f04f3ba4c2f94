package vn.antt.territory;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Khu dân cư (thôn, tổ dân phố) of one commune. Archiving sets {@code validTo}; the row stays for past years. */
@Entity
public class ResidentialArea extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Commune commune;

    private String name;

    @Enumerated(EnumType.STRING)
    private ResidentialAreaKind kind;

    /** Số hộ */
    private Integer households;

    /** Trưởng thôn / Tổ trưởng */
    private String headName;

    private String headPhone;

    private LocalDate validFrom;

    private LocalDate validTo;

    private String note;

    @Column(insertable = false, updatable = false)
    private String searchKey;

    protected ResidentialArea() {
    }

    public ResidentialArea(Commune commune, Details details) {
        this.commune = commune;
        update(details);
    }

    /** What a user may change. */
    public record Details(String name, ResidentialAreaKind kind, Integer households, String headName,
                          String headPhone, LocalDate validFrom, String note) {

        public Details withValidFrom(LocalDate day) {
            return new Details(name, kind, households, headName, headPhone, day, note);
        }
    }

    public void update(Details details) {
        this.name = details.name();
        this.kind = details.kind();
        this.households = details.households();
        this.headName = details.headName();
        this.headPhone = details.headPhone();
        this.validFrom = details.validFrom();
        this.note = details.note();
    }

    /** Ends the area's existence on the given day (e.g. merged into another thôn). */
    public void archive(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    public void restore() {
        this.validTo = null;
    }

    public boolean isArchived() {
        return validTo != null;
    }

    public Details details() {
        return new Details(name, kind, households, headName, headPhone, validFrom, note);
    }

    public Commune getCommune() {
        return commune;
    }

    public String getName() {
        return name;
    }

    public ResidentialAreaKind getKind() {
        return kind;
    }

    public Integer getHouseholds() {
        return households;
    }

    public String getHeadName() {
        return headName;
    }

    public String getHeadPhone() {
        return headPhone;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getNote() {
        return note;
    }
}
