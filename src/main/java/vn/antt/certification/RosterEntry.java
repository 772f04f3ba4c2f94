package vn.antt.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;
import vn.antt.organization.Organization;
import vn.antt.territory.Commune;

/**
 * One organization in a year's movement, and who manages it: Công an xã of a commune, or Công an thị xã when
 * {@code managingCommune} is null. The manager's officers prepare the organization's dossier.
 */
@Entity
public class RosterEntry extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private EvaluationYear year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    private Commune managingCommune;

    /** The decision that set the manager. */
    private String basis;

    protected RosterEntry() {
    }

    RosterEntry(EvaluationYear year, Organization organization, Commune managingCommune, String basis) {
        this.year = year;
        this.organization = organization;
        this.managingCommune = managingCommune;
        this.basis = basis;
    }

    void assign(Commune managingCommune, String basis) {
        this.managingCommune = managingCommune;
        this.basis = basis;
    }

    public boolean isTownManaged() {
        return managingCommune == null;
    }

    public EvaluationYear getYear() {
        return year;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Commune getManagingCommune() {
        return managingCommune;
    }

    public String getBasis() {
        return basis;
    }
}
