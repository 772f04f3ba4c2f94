package vn.antt.organization;

import vn.antt.infrastructure.persistence.ArchiveStatus;

/**
 * What the organization list shows: the search box, the commune, the kind, the archive status and, when given, the
 * least number of consecutive recognised years.
 */
public record OrganizationFilter(String q, Long communeId, OrganizationKind kind, ArchiveStatus status,
                                 Integer streak) {

    public OrganizationFilter(String q, Long communeId, OrganizationKind kind, ArchiveStatus status) {
        this(q, communeId, kind, status, null);
    }
}
