package vn.antt.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;

class CommuneAccessTest {

    private final Commune ninhThuy = commune(14L);
    private final Commune ninhTho = commune(7L);

    @Test
    void communeOfficerOpensOnlyTheirOwnCommune() {
        CurrentUser officer = user(Set.of(Role.COMMUNE_OFFICER), 14L);

        assertThat(CommuneAccess.mayOpen(officer, ninhThuy)).isTrue();
        assertThat(CommuneAccess.mayOpen(officer, ninhTho)).isFalse();
    }

    @Test
    void districtWideRolesOpenEveryCommune() {
        for (Role role : Set.of(Role.ADMIN, Role.APPRAISER, Role.STEERING)) {
            assertThat(CommuneAccess.mayOpen(user(Set.of(role), null), ninhTho)).isTrue();
        }
        assertThat(CommuneAccess.mayOpen(user(Set.of(Role.COMMUNE_OFFICER, Role.STEERING), 14L), ninhTho)).isTrue();
    }

    private static CurrentUser user(Set<Role> roles, Long communeId) {
        return new CurrentUser(1, "u", "p", "U", roles, communeId, null, true, false, false);
    }

    private static Commune commune(long id) {
        Commune commune = new Commune();
        ReflectionTestUtils.setField(commune, "id", id);
        return commune;
    }
}
