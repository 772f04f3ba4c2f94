package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.antt.certification.DossierGuidance.Guidance;
import vn.antt.certification.Workflow.Dossier;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;

/** What a dossier's page says first, for each role at each step, without Spring (issue 14 §6). */
class DossierGuidanceTest {

    private static final long COMMUNE = 14;

    private static final CurrentUser OFFICER = user(1, Set.of(Role.COMMUNE_OFFICER), COMMUNE);
    private static final CurrentUser APPRAISER = user(3, Set.of(Role.APPRAISER), null);
    private static final CurrentUser OTHER_APPRAISER = user(6, Set.of(Role.APPRAISER), null);
    private static final CurrentUser STEERING = user(4, Set.of(Role.STEERING), null);
    private static final CurrentUser ADMIN = user(5, Set.of(Role.ADMIN), null);

    @Test
    void whoeverMayTakeTheStepIsToldTheirStep() {
        assertThat(of(commune(DossierState.DRAFT, true, null, null), OFFICER)).isEqualTo(yours("edit"));
        assertThat(of(commune(DossierState.RETURNED, true, 1L, null), OFFICER)).isEqualTo(yours("edit"));
        assertThat(of(commune(DossierState.SUBMITTED, true, 1L, null), APPRAISER)).isEqualTo(yours("appraise"));
        assertThat(of(commune(DossierState.APPRAISED, true, 1L, 3L), STEERING)).isEqualTo(yours("decide"));
        assertThat(of(area(DossierState.APPRAISED, 1L), OFFICER)).isEqualTo(yours("decideArea"));
        assertThat(of(commune(DossierState.RECOGNIZED, false, 1L, 3L), STEERING)).isEqualTo(yours("correct"));
    }

    @Test
    void fourEyesSaysWhyAndWhoActsInstead() {
        Dossier townManaged = new Dossier(SubjectKind.ORGANIZATION, null, COMMUNE, DossierState.SUBMITTED, true,
                APPRAISER.id(), null, false);
        assertThat(of(townManaged, APPRAISER)).isEqualTo(notYours("fourEyes.appraise"));
        assertThat(of(townManaged, OTHER_APPRAISER)).isEqualTo(yours("appraise"));

        CurrentUser appraiserAndSteering = user(7, Set.of(Role.APPRAISER, Role.STEERING), null);
        Dossier appraised = commune(DossierState.APPRAISED, true, 1L, appraiserAndSteering.id());
        assertThat(of(appraised, appraiserAndSteering)).isEqualTo(notYours("fourEyes.recognize"));
    }

    @Test
    void whoeverWaitsIsToldForWhomAndWhatComesNext() {
        Dossier sent = commune(DossierState.SUBMITTED, true, 1L, null);
        assertThat(of(sent, OFFICER)).isEqualTo(notYours("sent"));
        assertThat(of(sent, STEERING)).isEqualTo(notYours("awaitingAppraisal"));
        assertThat(of(commune(DossierState.DRAFT, true, null, null), APPRAISER)).isEqualTo(notYours("preparing"));
        assertThat(of(new Dossier(SubjectKind.ORGANIZATION, null, COMMUNE, DossierState.DRAFT, true, null, null,
                false), OFFICER)).isEqualTo(notYours("preparing.town"));
        assertThat(of(commune(DossierState.APPRAISED, true, 1L, 3L), OFFICER)).isEqualTo(notYours("awaitingDecision"));
        assertThat(of(area(DossierState.SUBMITTED, 1L), STEERING)).isEqualTo(notYours("area.others"));
    }

    @Test
    void aDecidedDossierAndAClosedYearSayThatNothingIsLeftToDo() {
        assertThat(of(commune(DossierState.RECOGNIZED, true, 1L, 3L), OFFICER)).isEqualTo(notYours("decided"));
        assertThat(of(commune(DossierState.NOT_RECOGNIZED, true, 1L, 3L), ADMIN)).isEqualTo(notYours("decided"));
        assertThat(of(area(DossierState.RECOGNIZED, 1L), STEERING)).isEqualTo(yours("correct"));
        assertThat(of(area(DossierState.REVOKED, 1L), APPRAISER)).isEqualTo(notYours("area.decided"));
        assertThat(of(commune(DossierState.DRAFT, false, null, null), OFFICER)).isEqualTo(notYours("yearClosed"));
        assertThat(of(commune(DossierState.SUBMITTED, false, 1L, null), APPRAISER)).isEqualTo(notYours("yearClosed"));
        assertThat(DossierGuidance.of(commune(DossierState.RECOGNIZED, false, null, null), true, OFFICER))
                .isEqualTo(new Guidance("dossier.guide.imported", false));
    }

    private static Guidance of(Dossier dossier, CurrentUser user) {
        return DossierGuidance.of(dossier, false, user);
    }

    private static Dossier commune(DossierState state, boolean yearOpen, Long submittedBy, Long appraisedBy) {
        return new Dossier(SubjectKind.COMMUNE, COMMUNE, COMMUNE, state, yearOpen, submittedBy, appraisedBy, true);
    }

    private static Dossier area(DossierState state, Long submittedBy) {
        return new Dossier(SubjectKind.RESIDENTIAL_AREA, COMMUNE, COMMUNE, state, true, submittedBy, null, true);
    }

    private static Guidance yours(String step) {
        return new Guidance("dossier.guide." + step, true);
    }

    private static Guidance notYours(String reason) {
        return new Guidance("dossier.guide." + reason, false);
    }

    private static CurrentUser user(long id, Set<Role> roles, Long communeId) {
        return new CurrentUser(id, "u" + id, null, "U" + id, roles, communeId, null, true, false, false);
    }
}
