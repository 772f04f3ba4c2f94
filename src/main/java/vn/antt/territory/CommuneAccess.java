package vn.antt.territory;

import vn.antt.infrastructure.security.CurrentUser;

/** Who may open which commune: a commune officer only their own; every district-wide role all of them. */
public final class CommuneAccess {

    private CommuneAccess() {
    }

    public static boolean mayOpen(CurrentUser user, Commune commune) {
        return !user.isCommuneScoped() || commune.getId().equals(user.communeId());
    }
}
