package vn.antt.certification.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.NumberFormat;
import vn.antt.certification.EvaluationYear;
import vn.antt.infrastructure.validation.PlausibleDate;

/** Mở năm xét / sửa năm xét: the year, its criteria set, target and deadlines. */
public class YearFormData {

    /** Deadlines of a year under Thông tư 23/2012 (registration may close late in the year before). */
    private static final String YEAR_RULES_FROM = "01/01/2011";

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    private Long criteriaSetId;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @NumberFormat(pattern = "#,##0.##")
    private BigDecimal targetPct = BigDecimal.valueOf(95);

    @PlausibleDate(from = YEAR_RULES_FROM, yearsAhead = 2)
    private LocalDate registrationDeadline;

    @PlausibleDate(from = YEAR_RULES_FROM, yearsAhead = 2)
    private LocalDate submissionDeadline;

    @PlausibleDate(from = YEAR_RULES_FROM, yearsAhead = 2)
    private LocalDate appraisalDeadline;

    @PlausibleDate(from = YEAR_RULES_FROM, yearsAhead = 2)
    private LocalDate recognitionDeadline;

    private long version;

    /** The user confirmed judging the year on a criteria set already replaced when it began. */
    private boolean replacedSetConfirmed;

    static YearFormData from(EvaluationYear year) {
        YearFormData form = new YearFormData();
        form.year = year.getYear();
        form.criteriaSetId = year.getCriteriaSet().getId();
        form.targetPct = year.getTargetPct();
        form.registrationDeadline = year.getRegistrationDeadline();
        form.submissionDeadline = year.getSubmissionDeadline();
        form.appraisalDeadline = year.getAppraisalDeadline();
        form.recognitionDeadline = year.getRecognitionDeadline();
        form.version = year.getVersion();
        return form;
    }

    EvaluationYear.Details toDetails() {
        return new EvaluationYear.Details(targetPct, registrationDeadline, submissionDeadline, appraisalDeadline,
                recognitionDeadline);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getCriteriaSetId() {
        return criteriaSetId;
    }

    public void setCriteriaSetId(Long criteriaSetId) {
        this.criteriaSetId = criteriaSetId;
    }

    public BigDecimal getTargetPct() {
        return targetPct;
    }

    public void setTargetPct(BigDecimal targetPct) {
        this.targetPct = targetPct;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public LocalDate getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(LocalDate submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public LocalDate getAppraisalDeadline() {
        return appraisalDeadline;
    }

    public void setAppraisalDeadline(LocalDate appraisalDeadline) {
        this.appraisalDeadline = appraisalDeadline;
    }

    public LocalDate getRecognitionDeadline() {
        return recognitionDeadline;
    }

    public void setRecognitionDeadline(LocalDate recognitionDeadline) {
        this.recognitionDeadline = recognitionDeadline;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isReplacedSetConfirmed() {
        return replacedSetConfirmed;
    }

    public void setReplacedSetConfirmed(boolean replacedSetConfirmed) {
        this.replacedSetConfirmed = replacedSetConfirmed;
    }
}
