package vn.antt.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One criterion of a dossier: the commune's self-assessment with its evidence, and the appraiser's finding. */
@Entity
public class DossierAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Criterion criterion;

    private Boolean selfMet;

    private String evidence;

    private Boolean findingMet;

    private String findingNote;

    protected DossierAssessment() {
    }

    DossierAssessment(Dossier dossier, Criterion criterion) {
        this.dossier = dossier;
        this.criterion = criterion;
    }

    void selfAssess(Boolean met, String evidence) {
        this.selfMet = met;
        this.evidence = evidence;
    }

    void find(Boolean met, String note) {
        this.findingMet = met;
        this.findingNote = note;
    }

    public Long getId() {
        return id;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public Boolean getSelfMet() {
        return selfMet;
    }

    public String getEvidence() {
        return evidence;
    }

    public Boolean getFindingMet() {
        return findingMet;
    }

    public String getFindingNote() {
        return findingNote;
    }
}
