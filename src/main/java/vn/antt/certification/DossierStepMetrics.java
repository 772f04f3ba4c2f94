package vn.antt.certification;

import jakarta.persistence.PostPersist;

import vn.antt.infrastructure.metrics.AppMetrics;

/**
 * Counts every step written to a dossier's history (all of them go through {@link DossierEvent}), wherever it
 * happens: the workflow, decisions, corrections, imported results. A JPA entity listener, created by Spring.
 */
class DossierStepMetrics {

    private final AppMetrics metrics;

    DossierStepMetrics(AppMetrics metrics) {
        this.metrics = metrics;
    }

    @PostPersist
    void written(DossierEvent event) {
        metrics.dossierTransition(event.getAction().name());
    }
}
