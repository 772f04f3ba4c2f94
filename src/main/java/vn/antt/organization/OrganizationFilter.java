package vn.antt.organization;

import vn.antt.infrastructure.persistence.ArchiveStatus;

/** What the organization list shows: the search box, the commune, the kind and the archive status. */
public record OrganizationFilter(String q, Long communeId, OrganizationKind kind, ArchiveStatus status) {
}
