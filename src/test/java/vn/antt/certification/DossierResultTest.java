package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a dossier's result column says, by its state, conclusion and year. */
class DossierResultTest {

    @Test
    void aDossierStillBeingPreparedInAnOpenYearIsNotYetUnderAppraisal() {
        assertThat(DossierResult.of(DossierState.DRAFT, null, true)).isEqualTo(DossierResult.PREPARING);
        assertThat(DossierResult.of(DossierState.RETURNED, null, true)).isEqualTo(DossierResult.PREPARING);
        assertThat(DossierResult.PREPARING.messageKey()).isEqualTo("dossier.result.PREPARING");
    }

    @Test
    void aDossierSentInOrAppraisedWithoutARefusalIsUnderAppraisal() {
        assertThat(DossierResult.of(DossierState.SUBMITTED, null, true)).isEqualTo(DossierResult.PENDING);
        assertThat(DossierResult.of(DossierState.APPRAISED, true, true)).isEqualTo(DossierResult.PENDING);
        assertThat(DossierResult.of(DossierState.APPRAISED, false, true)).isEqualTo(DossierResult.NOT_RECOGNIZED);
    }

    @Test
    void aDraftLeftWhenItsYearClosedWasNotProposed() {
        assertThat(DossierResult.of(DossierState.DRAFT, null, false)).isEqualTo(DossierResult.NOT_PROPOSED);
        assertThat(DossierResult.of(DossierState.RETURNED, null, false)).isEqualTo(DossierResult.NOT_PROPOSED);
    }
}
