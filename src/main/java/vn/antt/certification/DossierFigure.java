package vn.antt.certification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A computed figure as it was when the dossier was submitted, appraised or its year closed; never changed. */
@Entity
public class DossierFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Criterion criterion;

    @Enumerated(EnumType.STRING)
    private FigureMoment moment;

    @Enumerated(EnumType.STRING)
    private Metric metric;

    private long part;

    private long whole;

    private Instant takenAt;

    protected DossierFigure() {
    }

    DossierFigure(Dossier dossier, Criterion criterion, FigureMoment moment, Figure figure, Instant takenAt) {
        this.dossier = dossier;
        this.criterion = criterion;
        this.moment = moment;
        this.metric = figure.metric();
        this.part = figure.part();
        this.whole = figure.whole();
        this.takenAt = takenAt;
    }

    public Figure figure() {
        return new Figure(metric, part, whole);
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public FigureMoment getMoment() {
        return moment;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
