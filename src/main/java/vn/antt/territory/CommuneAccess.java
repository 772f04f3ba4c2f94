package vn.antt.territory;

import org.springframework.security.access.AccessDeniedException;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.web.NotFoundException;

/**
 * Data scope by commune. A commune officer sees and changes only their own commune's records; the district-wide roles
 * (appraiser, steering committee, administrator) see everything; only administrators and the commune's own officers
 * change a commune's records.
 */
public final class CommuneAccess {

    private CommuneAccess() {
    }

    public static boolean mayOpen(CurrentUser user, Commune commune) {
        return mayView(user, commune.getId());
    }

    public static boolean mayView(CurrentUser user, Long communeId) {
        return !user.isCommuneScoped() || communeId.equals(user.communeId());
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

    /** @throws NotFoundException for a record the user may not know exists (another commune's) */
    public static void requireView(CurrentUser user, Long communeId) {
        if (!mayView(user, communeId)) {
            throw new NotFoundException();
        }
    }

    /**
     * @throws NotFoundException for another commune's record
     * @throws AccessDeniedException for a role that only reads
     */
    public static void requireEdit(CurrentUser user, Long communeId) {
        requireView(user, communeId);
        if (!mayEdit(user, communeId)) {
            throw new AccessDeniedException("read-only role");
        }
    }
}
