package vn.antt.territory;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.history.YearRules;
import vn.antt.infrastructure.persistence.AuditedEntity;

/**
 * Xã, phường, thị trấn. Its identity is its row: a code is unique only among units valid at the same time, and a unit
 * merged into another keeps its row (with {@code validTo} and its successor) so that past years stay right.
 */
@Entity
public class Commune extends AuditedEntity {

    private String code;

    /** The official name with its prefix, e.g. "Phường Ninh Thủy". */
    private String name;

    /** The name without prefix, in Vietnamese collation: how communes are listed. Computed by the database. */
    @Column(insertable = false, updatable = false)
    private String sortName;

    @Enumerated(EnumType.STRING)
    private CommuneKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private District district;

    private LocalDate validFrom;

    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    private Commune successor;

    protected Commune() {
    }

    Commune(String code, String name, CommuneKind kind, District district, LocalDate validFrom, LocalDate validTo) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.district = district;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whether the unit existed on some day of the given year. */
    public boolean existedIn(int year) {
        return YearRules.isValidIn(validFrom, validTo, year);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The name inside a phrase ("UBND phường Ninh Thủy"), see {@link AdministrativeNames}. */
    public String getNameInPhrase() {
        return AdministrativeNames.phrase(name);
    }

    public String getSortName() {
        return sortName;
    }

    public CommuneKind getKind() {
        return kind;
    }

    public District getDistrict() {
        return district;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Commune getSuccessor() {
        return successor;
    }
}
