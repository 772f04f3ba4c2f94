package vn.antt.selfmanaged;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One line of a model's status history: written once, never changed. */
@Entity
public class ModelStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SelfManagedModel model;

    @Enumerated(EnumType.STRING)
    private ModelStatus status;

    private LocalDate changedOn;

    private String reason;

    private String recordedBy;

    private Instant recordedAt;

    protected ModelStatusChange() {
    }

    ModelStatusChange(SelfManagedModel model, ModelStatus status, LocalDate changedOn, String reason,
                      String recordedBy, Instant recordedAt) {
        this.model = model;
        this.status = status;
        this.changedOn = changedOn;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public ModelStatus getStatus() {
        return status;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
