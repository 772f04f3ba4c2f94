package vn.antt.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Năm xét: the year's criteria set, target and deadlines; opened and closed by the steering committee. */
@Entity
@EntityListeners(KnownYears.Changes.class)
public class EvaluationYear extends AuditedEntity {

    public enum State { OPEN, CLOSED }

    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private CriteriaSet criteriaSet;

    /** Chỉ tiêu: the share of organizations to recognise, in percent (95 by default). */
    private BigDecimal targetPct;

    private LocalDate registrationDeadline;

    private LocalDate submissionDeadline;

    private LocalDate appraisalDeadline;

    private LocalDate recognitionDeadline;

    @Enumerated(EnumType.STRING)
    private State state = State.OPEN;

    private Instant closedAt;

    private String closedBy;

    protected EvaluationYear() {
    }

    public EvaluationYear(int year, CriteriaSet criteriaSet, Details details) {
        this.year = year;
        this.criteriaSet = criteriaSet;
        update(details);
    }

    /** What the steering committee sets and may change while the year is open. */
    public record Details(BigDecimal targetPct, LocalDate registrationDeadline, LocalDate submissionDeadline,
                          LocalDate appraisalDeadline, LocalDate recognitionDeadline) {
    }

    public Details details() {
        return new Details(targetPct, registrationDeadline, submissionDeadline, appraisalDeadline,
                recognitionDeadline);
    }

    void update(Details details) {
        this.targetPct = details.targetPct();
        this.registrationDeadline = details.registrationDeadline();
        this.submissionDeadline = details.submissionDeadline();
        this.appraisalDeadline = details.appraisalDeadline();
        this.recognitionDeadline = details.recognitionDeadline();
    }

    void close(String by, Instant at) {
        state = State.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public int getYear() {
        return year;
    }

    public CriteriaSet getCriteriaSet() {
        return criteriaSet;
    }

    public BigDecimal getTargetPct() {
        return targetPct;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public LocalDate getSubmissionDeadline() {
        return submissionDeadline;
    }

    public LocalDate getAppraisalDeadline() {
        return appraisalDeadline;
    }

    public LocalDate getRecognitionDeadline() {
        return recognitionDeadline;
    }

    public State getState() {
        return state;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
