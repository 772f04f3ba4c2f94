package vn.antt.certification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One step of a dossier's history: written in the same transaction as the change, never changed. */
@Entity
@EntityListeners(DossierStepMetrics.class)
public class DossierEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    private DossierAction action;

    @Enumerated(EnumType.STRING)
    private DossierState fromState;

    @Enumerated(EnumType.STRING)
    private DossierState toState;

    private String actor;

    private Instant occurredAt;

    private String comment;

    protected DossierEvent() {
    }

    DossierEvent(Dossier dossier, DossierAction action, DossierState fromState, DossierState toState, String actor,
                 Instant occurredAt, String comment) {
        this.dossier = dossier;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public DossierAction getAction() {
        return action;
    }

    public DossierState getFromState() {
        return fromState;
    }

    public DossierState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }
}
