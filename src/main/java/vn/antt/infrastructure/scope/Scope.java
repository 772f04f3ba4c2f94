package vn.antt.infrastructure.scope;

import java.util.Objects;

import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.NotFoundException;

/**
 * What a request may read: the whole district, or one commune. Decided once from the user (a commune officer without
 * a wider role is bound to their commune; every other role sees the district) and handed to the services, which
 * filter by it; nothing else decides scope. See docs/adr/0005-scope-decided-once.md.
 *
 * @param communeId the commune the request is bound to, or null for the district
 */
public record Scope(Long communeId) {

    public static final Scope DISTRICT = new Scope(null);

    public static Scope of(CurrentUser user) {
        return user.isCommuneScoped() ? new Scope(Objects.requireNonNull(user.communeId())) : DISTRICT;
    }

    public boolean isDistrict() {
        return communeId == null;
    }

    /** Whether a record of these communes (acting or located, any may be null) is within the scope. */
    public boolean covers(Long... communeIds) {
        if (isDistrict()) {
            return true;
        }
        for (Long id : communeIds) {
            if (communeId.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The commune a read is filtered by: the bound one whatever the request asked for, else the asked one (or null). */
    public Long commune(Long asked) {
        return isDistrict() ? asked : communeId;
    }

    /** @throws NotFoundException for a record outside the scope: it is answered as if it did not exist */
    public void requireCovers(Long... communeIds) {
        if (!covers(communeIds)) {
            throw new NotFoundException();
        }
    }
}
