package vn.antt.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Dossiers made for what the year still lacked one for ("Lập hồ sơ"), in one line. */
    void created(int year, int count, CurrentUser user) {
        if (count > 0) {
            audit.recordAs(user.getUsername(), AuditAction.DOSSIERS_CREATED, String.valueOf(year),
                    words.message("audit.dossiersCreated", count, year));
        }
    }

    /**
     * The self-assessment as its form shows it, field by field (registration, then each criterion's "Đạt" and
     * evidence), to compare before and after a save.
     */
    Map<String, String> selfAssessment(Dossier dossier, List<DossierAssessment> assessments) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put(words.message("dossier.registeredOn"), words.value(dossier.getRegisteredOn()));
        shown.put(words.message("dossier.registrationNote"), words.value(dossier.getRegistrationNote()));
        for (DossierAssessment assessment : assessments) {
            Criterion criterion = assessment.getCriterion();
            String clause = words.message("criteria.articleClause", criterion.getArticle(), criterion.getClause());
            Boolean met = assessment.getSelfMet();
            shown.put(clause + " — " + words.message("dossier.selfAssessment"), met == null ? words.value(null)
                    : words.message(met ? "dossier.met" : "dossier.notMet"));
            shown.put(clause + " — " + words.message("dossier.evidence"), words.value(assessment.getEvidence()));
        }
        return shown;
    }

    /** A saved self-assessment as what changed, "label: old → new". */
    void selfAssessed(Dossier dossier, Map<String, String> before, Map<String, String> after, CurrentUser user) {
        List<String> changed = new ArrayList<>();
        after.forEach((label, now) -> {
            String old = before.getOrDefault(label, words.value(null));
            if (!old.equals(now)) {
                changed.add(label + ": " + old + " → " + now);
            }
        });
        audit.recordAs(user.getUsername(), AuditAction.DOSSIER_EDITED, target(dossier),
                changed.isEmpty() ? words.message("audit.unchanged") : String.join("; ", changed));
    }

    void attached(Dossier dossier, AttachmentKind kind, String fileName, CurrentUser user) {
        audit.recordAs(user.getUsername(), AuditAction.ATTACHMENT_ADDED, target(dossier),
                words.message("audit.attachment", words.value(kind), fileName));
    }

    void attachmentRemoved(Dossier dossier, AttachmentKind kind, String fileName, CurrentUser user) {
        audit.recordAs(user.getUsername(), AuditAction.ATTACHMENT_REMOVED, target(dossier),
                words.message("audit.attachment", words.value(kind), fileName));
    }

    void attachmentReplaced(Dossier dossier, AttachmentKind kind, String before, String after, CurrentUser user) {
        audit.recordAs(user.getUsername(), AuditAction.ATTACHMENT_REPLACED, target(dossier),
                words.message("audit.attachmentReplaced", words.value(kind), before, after));
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
