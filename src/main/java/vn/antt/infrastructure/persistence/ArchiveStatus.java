package vn.antt.infrastructure.persistence;

/** The archive filter of a list: what is in use (the default), what was archived, or both. */
public enum ArchiveStatus {
    ACTIVE, ARCHIVED, ALL;

    public boolean includesActive() {
        return this != ARCHIVED;
    }

    public boolean includesArchived() {
        return this != ACTIVE;
    }

    public String messageKey() {
        return "archive.status." + name();
    }

    /** The status named in a request parameter; anything else means the default. */
    public static ArchiveStatus parse(String value) {
        for (ArchiveStatus status : values()) {
            if (status.name().equalsIgnoreCase(value)) {
                return status;
            }
        }
        return ACTIVE;
    }
}
