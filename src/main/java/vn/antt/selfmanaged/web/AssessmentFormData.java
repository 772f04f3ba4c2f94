package vn.antt.selfmanaged.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antt.infrastructure.validation.PlainText;
import vn.antt.selfmanaged.ModelAssessment;
import vn.antt.selfmanaged.ModelQuality;

/** Đánh giá chất lượng hoạt động of one year. */
public class AssessmentFormData {

    @NotNull
    private Integer year;

    @NotNull
    private ModelQuality quality;

    @Min(0)
    @Max(100_000)
    private Integer tipsReported;

    @Min(0)
    @Max(100_000)
    private Integer incidentsDetected;

    @Min(0)
    @Max(100_000)
    private Integer mediationsSucceeded;

    @Size(max = 4000)
    @PlainText(multiline = true)
    private String note;

    /** The version of the year's assessment the form showed; null when it showed none. */
    private Long version;

    ModelAssessment.Details toDetails() {
        return new ModelAssessment.Details(quality, tipsReported, incidentsDetected, mediationsSucceeded, note);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ModelQuality getQuality() {
        return quality;
    }

    public void setQuality(ModelQuality quality) {
        this.quality = quality;
    }

    public Integer getTipsReported() {
        return tipsReported;
    }

    public void setTipsReported(Integer tipsReported) {
        this.tipsReported = tipsReported;
    }

    public Integer getIncidentsDetected() {
        return incidentsDetected;
    }

    public void setIncidentsDetected(Integer incidentsDetected) {
        this.incidentsDetected = incidentsDetected;
    }

    public Integer getMediationsSucceeded() {
        return mediationsSucceeded;
    }

    public void setMediationsSucceeded(Integer mediationsSucceeded) {
        this.mediationsSucceeded = mediationsSucceeded;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
