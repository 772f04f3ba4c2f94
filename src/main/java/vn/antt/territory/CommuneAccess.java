package vn.antt.territory;

import org.springframework.security.access.AccessDeniedException;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;

/**
 * Who may change a commune's records: administrators and the commune's own officers. What a user may read is their
 * {@link Scope} (a commune officer sees only their commune, the district-wide roles everything); the checks here that
 * read only ask it.
 */
public final class CommuneAccess {

    private CommuneAccess() {
    }

    public static boolean mayOpen(CurrentUser user, Commune commune) {
        return mayView(user, commune.getId());
    }

    /** Whether the user's {@link Scope} (decided in {@link Scope#of}, nowhere else) covers the commune. */
    public static boolean mayView(CurrentUser user, Long communeId) {
        return Scope.of(user).covers(communeId);
    }

    public static boolean mayEdit(CurrentUser user, Long communeId) {
        return user.hasRole(Role.ADMIN)
                || user.hasRole(Role.COMMUNE_OFFICER) && communeId.equals(user.communeId());
    }

    /** @throws AccessDeniedException for a role that only reads (before showing it a form it could not save) */
    public static void requireEditorRole(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COMMUNE_OFFICER)) {
            throw new AccessDeniedException("read-only role");
        }
    }

    /** @throws vn.antt.infrastructure.problem.NotFoundException for a record the user may not know exists (another commune's) */
    public static void requireView(CurrentUser user, Long communeId) {
        Scope.of(user).requireCovers(communeId);
    }

    /**
     * @throws vn.antt.infrastructure.problem.NotFoundException for another commune's record
     * @throws AccessDeniedException for a role that only reads
     */
    public static void requireEdit(CurrentUser user, Long communeId) {
        requireView(user, communeId);
        if (!mayEdit(user, communeId)) {
            throw new AccessDeniedException("read-only role");
        }
    }
}
