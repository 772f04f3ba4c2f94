package vn.antt.selfmanaged;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Đánh giá chất lượng hoạt động: one per model per year. GOOD means "hoạt động hiệu quả". */
@Entity
public class ModelAssessment extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SelfManagedModel model;

    private int year;

    @Enumerated(EnumType.STRING)
    private ModelQuality quality;

    /** Tin báo, tố giác tội phạm */
    private Integer tipsReported;

    /** Vụ việc phát hiện */
    private Integer incidentsDetected;

    /** Hòa giải thành */
    private Integer mediationsSucceeded;

    private String note;

    private LocalDate assessedOn;

    protected ModelAssessment() {
    }

    ModelAssessment(SelfManagedModel model, int year) {
        this.model = model;
        this.year = year;
    }

    public record Details(ModelQuality quality, Integer tipsReported, Integer incidentsDetected,
                          Integer mediationsSucceeded, String note) {
    }

    void record(Details details, LocalDate on) {
        this.quality = details.quality();
        this.tipsReported = details.tipsReported();
        this.incidentsDetected = details.incidentsDetected();
        this.mediationsSucceeded = details.mediationsSucceeded();
        this.note = details.note();
        this.assessedOn = on;
    }

    public SelfManagedModel getModel() {
        return model;
    }

    public int getYear() {
        return year;
    }

    public Details details() {
        return new Details(quality, tipsReported, incidentsDetected, mediationsSucceeded, note);
    }

    public ModelQuality getQuality() {
        return quality;
    }

    public Integer getTipsReported() {
        return tipsReported;
    }

    public Integer getIncidentsDetected() {
        return incidentsDetected;
    }

    public Integer getMediationsSucceeded() {
        return mediationsSucceeded;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }
}
