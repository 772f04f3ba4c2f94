package vn.antt.infrastructure.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.NotFoundException;

/** The one place where what a request may read is decided, without Spring. */
class ScopeTest {

    @Test
    void aCommuneOfficerIsBoundToTheirCommuneAndEveryWiderRoleSeesTheDistrict() {
        assertThat(Scope.of(user(Set.of(Role.COMMUNE_OFFICER), 14L))).isEqualTo(new Scope(14L));
        for (Role role : Set.of(Role.ADMIN, Role.STEERING, Role.APPRAISER)) {
            assertThat(Scope.of(user(Set.of(role), null)).isDistrict()).as(role.name()).isTrue();
            // an officer who also holds a district-wide role reads the district
            assertThat(Scope.of(user(Set.of(Role.COMMUNE_OFFICER, role), 14L))).as(role.name())
                    .isEqualTo(Scope.DISTRICT);
        }
    }

    @Test
    void aBoundScopeFiltersByItsCommuneWhateverTheRequestAsksFor() {
        Scope ninhThuy = new Scope(14L);

        assertThat(ninhThuy.commune(7L)).isEqualTo(14L);
        assertThat(ninhThuy.commune(null)).isEqualTo(14L);
        assertThat(Scope.DISTRICT.commune(7L)).isEqualTo(7L);
        assertThat(Scope.DISTRICT.commune(null)).isNull();
    }

    @Test
    void aRecordOutsideTheScopeIsAnsweredAsAbsent() {
        Scope ninhThuy = new Scope(14L);

        assertThatThrownBy(() -> ninhThuy.requireCovers(7L)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ninhThuy.requireCovers((Long) null)).isInstanceOf(NotFoundException.class);
        // a dossier acting in one commune and located in another is seen by both
        assertThatCode(() -> ninhThuy.requireCovers(7L, 14L)).doesNotThrowAnyException();
        assertThatCode(() -> Scope.DISTRICT.requireCovers(7L)).doesNotThrowAnyException();
    }

    private static CurrentUser user(Set<Role> roles, Long communeId) {
        return new CurrentUser(1, "u", "p", "U", roles, communeId, null, true, false, false);
    }
}
