package vn.antt.matrix;

import java.util.List;

import vn.antt.infrastructure.once.AllowedRequests;

/** Who asks: nobody, a district-wide role, or a commune officer on their own commune's ids or on another's. */
enum Actor {
    ANONYMOUS(null, true),
    ADMIN("admin", true),
    STEERING("bcd", true),
    APPRAISER("congan", true),
    OFFICER_OWN(Ids.OFFICER, true),
    OFFICER_OTHER(Ids.OFFICER, false);

    static final List<Actor> LOGGED_IN = List.of(ADMIN, STEERING, APPRAISER, OFFICER_OWN, OFFICER_OTHER);

    final String username;
    /** Whether the path's ids are the officer's own commune's records (else another commune's). */
    final boolean ownIds;

    Actor(String username, boolean ownIds) {
        this.username = username;
        this.ownIds = ownIds;
    }

    /** Who sends an allowed state change (an officer on another commune's ids sends ones that carry none). */
    AllowedRequests.Sender sender() {
        return switch (this) {
            case ADMIN -> AllowedRequests.Sender.ADMIN;
            case STEERING -> AllowedRequests.Sender.STEERING;
            case APPRAISER -> AllowedRequests.Sender.APPRAISER;
            case OFFICER_OWN, OFFICER_OTHER -> AllowedRequests.Sender.OFFICER;
            case ANONYMOUS -> throw new IllegalStateException("anonymous changes nothing");
        };
    }

    boolean isOfficer() {
        return this == OFFICER_OWN || this == OFFICER_OTHER;
    }
}
