package vn.antt.certification;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.audit.AuditWords;
import vn.antt.infrastructure.security.CurrentUser;

/**
 * The audit log's lines for the certification: every dossier step, attachment and decision, in the words of the UI
 * (a state or an action by its label, never its code). The dossier's own history keeps its steps as well.
 */
@Component
class DossierAudit {

    private final AuditTrail audit;
    private final AuditWords words;

    DossierAudit(AuditTrail audit, AuditWords words) {
        this.audit = audit;
        this.words = words;
    }

    /** A step of the workflow, just applied: the dossier is in its new state. */
    void step(Dossier dossier, DossierAction action, DossierState from, String comment, CurrentUser user) {
        String detail = comment == null || comment.isBlank()
                ? words.message("audit.dossierStep", words.value(action), words.value(from),
                        words.value(dossier.getState()))
                : words.message("audit.dossierStep.comment", words.value(action), words.value(from),
                        words.value(dossier.getState()), comment.strip());
        audit.recordAs(user.getUsername(), AuditAction.DOSSIER_STEP, target(dossier), detail);
    }

    void attached(Dossier dossier, AttachmentKind kind, String fileName, CurrentUser user) {
        audit.recordAs(user.getUsername(), AuditAction.ATTACHMENT_ADDED, target(dossier),
                words.message("audit.attachment", words.value(kind), fileName));
    }

    void decision(AuditAction action, RecognitionDecision decision, String detail, CurrentUser user) {
        String year = String.valueOf(decision.getYear().getYear());
        String target = decision.isDraft() && decision.getNumber() == null
                ? words.message("audit.decision.draftTarget", String.valueOf(decision.getId()), year)
                : words.message("audit.decision.target", decision.getNumber(), year);
        audit.recordAs(user.getUsername(), action, target, detail);
    }

    void issuingBodyChanged(String name, IssuingBody.Details before, IssuingBody.Details after) {
        audit.record(AuditAction.ISSUING_BODY_CHANGED, name, words.changes("issuingBody", before, after));
    }

    String date(LocalDate date) {
        return words.value(date);
    }

    String message(String key, Object... arguments) {
        return words.message(key, arguments);
    }

    private String target(Dossier dossier) {
        return words.message("audit.dossier.target", dossier.subjectName(),
                String.valueOf(dossier.getYear().getYear()));
    }
}
