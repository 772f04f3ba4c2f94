package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.antt.certification.Workflow.Dossier;
import vn.antt.certification.Workflow.Facts;
import vn.antt.certification.Workflow.Outcome;
import vn.antt.certification.Workflow.Refusal;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;

/** The state machine of domain §4, over every state, action, actor and subject, without Spring. */
class WorkflowTest {

    private static final long OWN_COMMUNE = 14;
    private static final long OTHER_COMMUNE = 7;

    private static final CurrentUser OFFICER = user(1, Set.of(Role.COMMUNE_OFFICER), OWN_COMMUNE);
    private static final CurrentUser OTHER_OFFICER = user(2, Set.of(Role.COMMUNE_OFFICER), OTHER_COMMUNE);
    private static final CurrentUser APPRAISER = user(3, Set.of(Role.APPRAISER), null);
    private static final CurrentUser STEERING = user(4, Set.of(Role.STEERING), null);
    private static final CurrentUser ADMIN = user(5, Set.of(Role.ADMIN), null);

    /** The transition table of domain §4, restated: from which states, into which state. */
    private static final Map<DossierAction, Set<DossierState>> FROM = Map.of(
            DossierAction.EDIT, EnumSet.of(DossierState.DRAFT, DossierState.RETURNED),
            DossierAction.SUBMIT, EnumSet.of(DossierState.DRAFT, DossierState.RETURNED),
            DossierAction.RETURN, EnumSet.of(DossierState.SUBMITTED),
            DossierAction.APPRAISE, EnumSet.of(DossierState.SUBMITTED),
            DossierAction.RECOGNIZE, EnumSet.of(DossierState.APPRAISED),
            DossierAction.REFUSE, EnumSet.of(DossierState.APPRAISED),
            DossierAction.REVOKE, EnumSet.of(DossierState.RECOGNIZED),
            DossierAction.CORRECT, EnumSet.of(DossierState.RECOGNIZED, DossierState.NOT_RECOGNIZED,
                    DossierState.REVOKED),
            DossierAction.IMPORT, EnumSet.noneOf(DossierState.class));
    private static final Map<DossierAction, DossierState> TO = Map.of(
            DossierAction.SUBMIT, DossierState.SUBMITTED,
            DossierAction.RETURN, DossierState.RETURNED,
            DossierAction.APPRAISE, DossierState.APPRAISED,
            DossierAction.RECOGNIZE, DossierState.RECOGNIZED,
            DossierAction.REFUSE, DossierState.NOT_RECOGNIZED,
            DossierAction.REVOKE, DossierState.REVOKED);

    /** A subject and the commune that acts for it: the officers' own, or the town for a town-managed organization. */
    private record Subject(SubjectKind kind, Long actingCommune) {
    }

    private static final List<Subject> SUBJECTS = List.of(
            new Subject(SubjectKind.RESIDENTIAL_AREA, OWN_COMMUNE),
            new Subject(SubjectKind.COMMUNE, OWN_COMMUNE),
            new Subject(SubjectKind.ORGANIZATION, OWN_COMMUNE),
            new Subject(SubjectKind.ORGANIZATION, null));

    @Test
    void everyCombinationIsAllowedOrRefusedWithTheRightKind() {
        int allowed = 0;
        for (Subject subject : SUBJECTS) {
            for (DossierState state : DossierState.values()) {
                for (DossierAction action : DossierAction.values()) {
                    for (CurrentUser user : List.of(OFFICER, OTHER_OFFICER, APPRAISER, STEERING, ADMIN)) {
                        Dossier dossier = new Dossier(subject.kind(), subject.actingCommune(), OWN_COMMUNE, state,
                                true, 900L, 901L, true);
                        Outcome outcome = Workflow.decide(dossier, action, user, Facts.none());
                        String at = subject + " " + state + " " + action + " by " + user.roles();

                        if (user == OTHER_OFFICER) {
                            assertThat(outcome.refusal()).as(at).isEqualTo(Refusal.NOT_FOUND);
                        }
                        else if (user != actorFor(subject, action)) {
                            assertThat(outcome.refusal()).as(at).isEqualTo(Refusal.FORBIDDEN);
                        }
                        else if (!FROM.get(action).contains(state)) {
                            assertThat(outcome.refusal()).as(at).isEqualTo(Refusal.CONFLICT);
                            assertThat(outcome.messageKey()).as(at).isEqualTo("dossier.refused.state." + action);
                        }
                        else {
                            assertThat(outcome.isAllowed()).as(at).isTrue();
                            assertThat(outcome.to()).as(at).isEqualTo(TO.getOrDefault(action, state));
                            allowed++;
                        }
                    }
                }
            }
        }
        // 7 transitions (edit counts twice: draft and returned) and corrections of the three decided states, for
        // each of the four subjects; imports never
        assertThat(allowed).isEqualTo(4 * (9 + 3));
    }

    @Test
    void submittingNeedsTheSelfAssessmentAndTheRequiredAttachments() {
        Dossier draft = dossier(SubjectKind.COMMUNE, DossierState.DRAFT);
        assertThat(Workflow.decide(draft, DossierAction.SUBMIT, OFFICER,
                new Facts(false, true, true, false, true, false)).messageKey()).isEqualTo("dossier.refused.selfAssessment");
        assertThat(Workflow.decide(draft, DossierAction.SUBMIT, OFFICER,
                new Facts(true, false, true, false, true, false)).messageKey()).isEqualTo("dossier.refused.attachments");
        assertThat(Workflow.decide(draft, DossierAction.SUBMIT, OFFICER, Facts.none()).to())
                .isEqualTo(DossierState.SUBMITTED);
    }

    @Test
    void metOnlyWhenEveryCriterionIsMetAndNoComputedRuleFails() {
        Dossier submitted = dossier(SubjectKind.COMMUNE, DossierState.SUBMITTED);
        assertThat(Workflow.decide(submitted, DossierAction.APPRAISE, APPRAISER,
                new Facts(true, true, false, true, true, false)).messageKey()).isEqualTo("dossier.refused.findings");
        assertThat(Workflow.decide(submitted, DossierAction.APPRAISE, APPRAISER,
                new Facts(true, true, true, true, false, false)).refusal()).isEqualTo(Refusal.CONFLICT);
        assertThat(Workflow.decide(submitted, DossierAction.APPRAISE, APPRAISER,
                new Facts(true, true, true, true, true, true)).messageKey())
                .isEqualTo("dossier.refused.metWithFailures");
        assertThat(Workflow.decide(submitted, DossierAction.APPRAISE, APPRAISER,
                new Facts(true, true, true, false, false, true)).to()).isEqualTo(DossierState.APPRAISED);
        assertThat(Workflow.decide(submitted, DossierAction.APPRAISE, APPRAISER,
                new Facts(true, true, true, true, true, false)).to()).isEqualTo(DossierState.APPRAISED);

        Dossier appraisedNotMet = new Dossier(SubjectKind.COMMUNE, OWN_COMMUNE, OWN_COMMUNE, DossierState.APPRAISED,
                true, 900L, 901L, false);
        assertThat(Workflow.decide(appraisedNotMet, DossierAction.RECOGNIZE, STEERING, Facts.none()).messageKey())
                .isEqualTo("dossier.refused.notMet");
        assertThat(Workflow.decide(appraisedNotMet, DossierAction.REFUSE, STEERING, Facts.none()).to())
                .isEqualTo(DossierState.NOT_RECOGNIZED);
    }

    @Test
    void fourEyesExceptForKhuDanCu() {
        CurrentUser appraiserAndSteering = user(3, Set.of(Role.APPRAISER, Role.STEERING), null);
        Dossier submittedByHim = new Dossier(SubjectKind.ORGANIZATION, null, OWN_COMMUNE, DossierState.SUBMITTED, true,
                3L, null, false);
        assertThat(Workflow.decide(submittedByHim, DossierAction.APPRAISE, appraiserAndSteering, Facts.none())
                .messageKey()).isEqualTo("dossier.refused.fourEyes.appraise");
        Dossier appraisedByHim = new Dossier(SubjectKind.COMMUNE, OWN_COMMUNE, OWN_COMMUNE, DossierState.APPRAISED,
                true, 1L, 3L, true);
        assertThat(Workflow.decide(appraisedByHim, DossierAction.RECOGNIZE, appraiserAndSteering, Facts.none())
                .refusal()).isEqualTo(Refusal.FORBIDDEN);

        Dossier area = new Dossier(SubjectKind.RESIDENTIAL_AREA, OWN_COMMUNE, OWN_COMMUNE, DossierState.SUBMITTED, true,
                OFFICER.id(), null, false);
        assertThat(Workflow.decide(area, DossierAction.APPRAISE, OFFICER, Facts.none()).isAllowed()).isTrue();
    }

    @Test
    void aClosedYearRefusesEverythingButRevocationAndCorrection() {
        Dossier closedDraft = new Dossier(SubjectKind.COMMUNE, OWN_COMMUNE, OWN_COMMUNE, DossierState.DRAFT, false,
                null, null, false);
        assertThat(Workflow.decide(closedDraft, DossierAction.SUBMIT, OFFICER, Facts.none()).messageKey())
                .isEqualTo("dossier.refused.yearClosed");
        Dossier closedRecognized = new Dossier(SubjectKind.COMMUNE, OWN_COMMUNE, OWN_COMMUNE,
                DossierState.RECOGNIZED, false, 1L, 3L, true);
        assertThat(Workflow.decide(closedRecognized, DossierAction.REVOKE, STEERING, Facts.none()).to())
                .isEqualTo(DossierState.REVOKED);
        assertThat(Workflow.decide(closedRecognized, DossierAction.CORRECT, STEERING, Facts.none()).to())
                .isEqualTo(DossierState.RECOGNIZED);
        assertThat(Workflow.decide(closedRecognized, DossierAction.CORRECT, APPRAISER, Facts.none()).refusal())
                .isEqualTo(Refusal.FORBIDDEN);
        assertThat(Workflow.decide(closedRecognized, DossierAction.EDIT, OFFICER, Facts.none()).messageKey())
                .as("a recognised dossier of a closed year stays as it is").isEqualTo("dossier.refused.yearClosed");
    }

    @Test
    void anOfficerSeesTheDossierOfATownManagedOrganizationInTheirCommuneButDoesNotAct() {
        Dossier townManaged = new Dossier(SubjectKind.ORGANIZATION, null, OWN_COMMUNE, DossierState.DRAFT, true, null,
                null, false);
        assertThat(Workflow.decide(townManaged, DossierAction.SUBMIT, OFFICER, Facts.none()).refusal())
                .isEqualTo(Refusal.FORBIDDEN);
        assertThat(Workflow.decide(townManaged, DossierAction.SUBMIT, APPRAISER, Facts.none()).isAllowed()).isTrue();
    }

    /** Who acts, per domain §4's table. */
    private static CurrentUser actorFor(Subject subject, DossierAction action) {
        if (action == DossierAction.CORRECT) {
            return STEERING;
        }
        if (action == DossierAction.IMPORT) {
            return null;
        }
        if (subject.kind() == SubjectKind.RESIDENTIAL_AREA) {
            return OFFICER;
        }
        return switch (action) {
            case EDIT, SUBMIT -> subject.actingCommune() == null ? APPRAISER : OFFICER;
            case RETURN, APPRAISE -> APPRAISER;
            case RECOGNIZE, REFUSE, REVOKE, CORRECT -> STEERING;
            case IMPORT -> null;
        };
    }

    private static Dossier dossier(SubjectKind kind, DossierState state) {
        return new Dossier(kind, OWN_COMMUNE, OWN_COMMUNE, state, true, 900L, 901L, true);
    }

    private static CurrentUser user(long id, Set<Role> roles, Long communeId) {
        return new CurrentUser(id, "u" + id, null, "U" + id, roles, communeId, null, true, false, false);
    }
}
