package vn.antt.certification;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;

/**
 * Quyết định công nhận: first a draft (printable with a blank number), then issued with its number and date, which
 * recognises all its dossiers at once.
 */
@Entity
public class RecognitionDecision extends AuditedEntity {

    public enum State { DRAFT, ISSUED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private EvaluationYear year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private IssuingBody issuingBody;

    private String number;

    private LocalDate signedOn;

    private String signerName;

    private String signerTitle;

    /** The proposal it answers, e.g. "Tờ trình số 45/TTr-CAX". */
    private String proposal;

    @Enumerated(EnumType.STRING)
    private State state = State.DRAFT;

    protected RecognitionDecision() {
    }

    RecognitionDecision(EvaluationYear year, IssuingBody issuingBody, String proposal, String signerName,
                        String signerTitle) {
        this.year = year;
        this.issuingBody = issuingBody;
        this.proposal = proposal;
        this.signerName = signerName;
        this.signerTitle = signerTitle;
    }

    void issue(String number, LocalDate signedOn) {
        this.number = number;
        this.signedOn = signedOn;
        this.state = State.ISSUED;
    }

    public boolean isDraft() {
        return state == State.DRAFT;
    }

    public EvaluationYear getYear() {
        return year;
    }

    public IssuingBody getIssuingBody() {
        return issuingBody;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getProposal() {
        return proposal;
    }

    public State getState() {
        return state;
    }
}
