package vn.antt.certification;

import vn.antt.infrastructure.security.CurrentUser;

/**
 * The sentence a dossier's page opens with (issue 14 §6): the step the user can take now, or why they cannot and who
 * will. Asked of the same {@link Workflow} that guards the steps, so the page never says "you can" to a refusal.
 */
public final class DossierGuidance {

    /** A message key (its arguments: the acting commune's name in a phrase, the year); {@code yours}: a step to take. */
    public record Guidance(String messageKey, boolean yours) {
    }

    private DossierGuidance() {
    }

    public static Guidance of(Workflow.Dossier dossier, boolean imported, CurrentUser user) {
        if (imported) {
            return new Guidance("dossier.guide.imported", false);
        }
        if (may(dossier, DossierAction.EDIT, user)) {
            return yours("edit");
        }
        if (may(dossier, DossierAction.APPRAISE, user)) {
            return yours("appraise");
        }
        DossierState state = dossier.state();
        if (dossier.yearOpen() && state == DossierState.SUBMITTED
                && refusedAs(dossier, DossierAction.APPRAISE, user, "dossier.refused.fourEyes.appraise")) {
            return notYours("fourEyes.appraise");
        }
        if (dossier.yearOpen() && state == DossierState.APPRAISED
                && refusedAs(dossier, DossierAction.RECOGNIZE, user, "dossier.refused.fourEyes.recognize")) {
            return notYours("fourEyes.recognize");
        }
        boolean area = dossier.kind() == SubjectKind.RESIDENTIAL_AREA;
        if (may(dossier, DossierAction.RECOGNIZE, user) || may(dossier, DossierAction.REFUSE, user)) {
            return yours(area ? "decideArea" : "decide");
        }
        if (may(dossier, DossierAction.REVOKE, user) || may(dossier, DossierAction.CORRECT, user)) {
            return yours("correct");
        }
        boolean decided = !Workflow.editable(state) && state != DossierState.SUBMITTED
                && state != DossierState.APPRAISED;
        if (!dossier.yearOpen() && !decided) {
            return notYours("yearClosed");
        }
        if (area) {
            return notYours(decided ? "area.decided" : "area.others");
        }
        return switch (state) {
            case DRAFT, RETURNED -> notYours(dossier.communeId() == null ? "preparing.town" : "preparing");
            case SUBMITTED -> notYours(Workflow.mayAct(dossier, DossierAction.EDIT, user) ? "sent" : "awaitingAppraisal");
            case APPRAISED -> notYours("awaitingDecision");
            default -> notYours("decided");
        };
    }

    private static boolean may(Workflow.Dossier dossier, DossierAction action, CurrentUser user) {
        return Workflow.decide(dossier, action, user, Workflow.Facts.none()).isAllowed();
    }

    private static boolean refusedAs(Workflow.Dossier dossier, DossierAction action, CurrentUser user, String key) {
        return key.equals(Workflow.decide(dossier, action, user, Workflow.Facts.none()).messageKey());
    }

    private static Guidance yours(String step) {
        return new Guidance("dossier.guide." + step, true);
    }

    private static Guidance notYours(String reason) {
        return new Guidance("dossier.guide." + reason, false);
    }
}
