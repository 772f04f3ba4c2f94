package vn.antt.certification;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;

/**
 * The yearly certification's state machine (domain §4): who may move a dossier, from which state, under which guard.
 * Plain Java, without Spring: services ask it before every change and write the dossier event it allows.
 *
 * <p>A refusal is told in the order users need it: another commune's dossier is not found (404); a role that may not
 * act, or the same person submitting and appraising (four eyes), is forbidden (403); a state or a missing piece that
 * does not allow the action is a conflict (409) whose message says why.
 */
public final class Workflow {

    private static final Map<DossierAction, Set<DossierState>> FROM = Map.ofEntries(
            Map.entry(DossierAction.EDIT, EnumSet.of(DossierState.DRAFT, DossierState.RETURNED)),
            Map.entry(DossierAction.SUBMIT, EnumSet.of(DossierState.DRAFT, DossierState.RETURNED)),
            Map.entry(DossierAction.RETURN, EnumSet.of(DossierState.SUBMITTED)),
            Map.entry(DossierAction.APPRAISE, EnumSet.of(DossierState.SUBMITTED)),
            Map.entry(DossierAction.RECOGNIZE, EnumSet.of(DossierState.APPRAISED)),
            Map.entry(DossierAction.REFUSE, EnumSet.of(DossierState.APPRAISED)),
            Map.entry(DossierAction.REVOKE, EnumSet.of(DossierState.RECOGNIZED)),
            Map.entry(DossierAction.CORRECT,
                    EnumSet.of(DossierState.RECOGNIZED, DossierState.NOT_RECOGNIZED, DossierState.REVOKED)),
            Map.entry(DossierAction.IMPORT, EnumSet.noneOf(DossierState.class)));

    private Workflow() {
    }

    /** Whether a dossier in this state is still being prepared (its content and its manager may change). */
    public static boolean editable(DossierState state) {
        return FROM.get(DossierAction.EDIT).contains(state);
    }

    /**
     * What a dossier's subject and history say about who may act on it.
     *
     * @param communeId     the commune whose officers act: the khu dân cư's or commune's own, or for an organization
     *                      the commune that manages it in the year's roster; null for an organization the town manages
     * @param locatedIn     the commune where the subject is, whose officers see its dossier even when they do not act
     * @param submittedBy   the user who last submitted it, if any
     * @param appraisedBy   the user who appraised it, if any
     */
    public record Dossier(SubjectKind kind, Long communeId, Long locatedIn, DossierState state, boolean yearOpen,
                          Long submittedBy, Long appraisedBy, boolean conclusionMet) {
    }

    /** What the action brings along, checked by the guards. */
    public record Facts(boolean manualCriteriaAssessed, boolean requiredAttachmentsPresent,
                        boolean everyCriterionHasFinding, boolean concludesMet, boolean everyCriterionMet,
                        boolean computedRuleFails) {

        public static Facts none() {
            return new Facts(true, true, true, false, true, false);
        }
    }

    public enum Refusal {
        /** 404: another commune's dossier */
        NOT_FOUND,
        /** 403: a role that may not act, or four eyes */
        FORBIDDEN,
        /** 409: the state, the year or a missing piece does not allow it */
        CONFLICT
    }

    /** The answer: allowed into {@code to}, or refused with a kind and a message key saying why. */
    public record Outcome(DossierState to, Refusal refusal, String messageKey) {

        static Outcome allowed(DossierState to) {
            return new Outcome(to, null, null);
        }

        static Outcome refused(Refusal refusal, String messageKey) {
            return new Outcome(null, refusal, messageKey);
        }

        public boolean isAllowed() {
            return refusal == null;
        }
    }

    public static Outcome decide(Dossier dossier, DossierAction action, CurrentUser user, Facts facts) {
        if (user.isCommuneScoped() && !Objects.equals(dossier.communeId(), user.communeId())
                && !Objects.equals(dossier.locatedIn(), user.communeId())) {
            return Outcome.refused(Refusal.NOT_FOUND, "dossier.notFound");
        }
        if (!mayAct(dossier, action, user)) {
            return Outcome.refused(Refusal.FORBIDDEN, "dossier.refused.role");
        }
        if (dossier.kind() != SubjectKind.RESIDENTIAL_AREA) {
            if (action == DossierAction.APPRAISE && Objects.equals(dossier.submittedBy(), user.id())) {
                return Outcome.refused(Refusal.FORBIDDEN, "dossier.refused.fourEyes.appraise");
            }
            if (action == DossierAction.RECOGNIZE && Objects.equals(dossier.appraisedBy(), user.id())) {
                return Outcome.refused(Refusal.FORBIDDEN, "dossier.refused.fourEyes.recognize");
            }
        }
        if (!dossier.yearOpen() && action != DossierAction.REVOKE && action != DossierAction.CORRECT) {
            return Outcome.refused(Refusal.CONFLICT, "dossier.refused.yearClosed");
        }
        if (!FROM.get(action).contains(dossier.state())) {
            return Outcome.refused(Refusal.CONFLICT, "dossier.refused.state." + action.name());
        }
        return switch (action) {
            case EDIT -> Outcome.allowed(dossier.state());
            case SUBMIT -> !facts.manualCriteriaAssessed()
                    ? Outcome.refused(Refusal.CONFLICT, "dossier.refused.selfAssessment")
                    : !facts.requiredAttachmentsPresent()
                    ? Outcome.refused(Refusal.CONFLICT, "dossier.refused.attachments")
                    : Outcome.allowed(DossierState.SUBMITTED);
            case RETURN -> Outcome.allowed(DossierState.RETURNED);
            case APPRAISE -> !facts.everyCriterionHasFinding()
                    ? Outcome.refused(Refusal.CONFLICT, "dossier.refused.findings")
                    : facts.concludesMet() && (!facts.everyCriterionMet() || facts.computedRuleFails())
                    ? Outcome.refused(Refusal.CONFLICT, "dossier.refused.metWithFailures")
                    : Outcome.allowed(DossierState.APPRAISED);
            case RECOGNIZE -> dossier.conclusionMet()
                    ? Outcome.allowed(DossierState.RECOGNIZED)
                    : Outcome.refused(Refusal.CONFLICT, "dossier.refused.notMet");
            case REFUSE -> Outcome.allowed(DossierState.NOT_RECOGNIZED);
            case REVOKE -> Outcome.allowed(DossierState.REVOKED);
            case CORRECT -> Outcome.allowed(dossier.state());
            case IMPORT -> Outcome.refused(Refusal.CONFLICT, "dossier.refused.state.IMPORT");
        };
    }

    /**
     * The role table of domain §4. Khu dân cư are decided at commune level: their commune's officer records every
     * step. For communes and organizations the commune (or, for a town-managed organization, the town police)
     * prepares, the town police appraise and the steering committee decides. Corrections of a decided dossier are
     * the steering committee's, whatever the subject; imports are not moves of the workflow at all.
     */
    static boolean mayAct(Dossier dossier, DossierAction action, CurrentUser user) {
        boolean communeOfficer = user.hasRole(Role.COMMUNE_OFFICER) && dossier.communeId() != null
                && dossier.communeId().equals(user.communeId());
        if (action == DossierAction.CORRECT) {
            return user.hasRole(Role.STEERING);
        }
        if (action == DossierAction.IMPORT) {
            return false;
        }
        if (dossier.kind() == SubjectKind.RESIDENTIAL_AREA) {
            return communeOfficer;
        }
        return switch (action) {
            case EDIT, SUBMIT -> dossier.communeId() == null ? user.hasRole(Role.APPRAISER) : communeOfficer;
            case RETURN, APPRAISE -> user.hasRole(Role.APPRAISER);
            case RECOGNIZE, REFUSE, REVOKE, CORRECT -> user.hasRole(Role.STEERING);
            case IMPORT -> false;
        };
    }
}
