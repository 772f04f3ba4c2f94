package vn.antt.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationKind;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    @Query("select o from Organization o join fetch o.commune where o.id = :id")
    Optional<Organization> findWithCommune(long id);

    /**
     * Organizations matching the list's filter; {@code searchKey} is a LIKE pattern matched ignoring case and
     * diacritics against name, short name and tax code (the trigram-indexed {@code search_key} column). The order
     * comes from the pageable (names sort in Vietnamese: the column's collation is vi-x-icu). {@code streak}: only
     * those recognised in each of the last so many closed years ("đạt chuẩn N năm liên tục").
     */
    @Query(value = """
            select o from Organization o join fetch o.commune c
            where (:communeId is null or c.id = :communeId)
              and (:kind is null or o.kind = :kind)
              and ((:active = true and o.archivedOn is null) or (:archived = true and o.archivedOn is not null))
              and (cast(:searchKey as String) is null or o.searchKey like f_search_key(cast(:searchKey as String)))
              and (:streak is null or (select count(d) from Dossier d join d.year y
                   where d.organization.id = o.id and d.state = vn.antt.certification.DossierState.RECOGNIZED
                     and y.state = vn.antt.certification.EvaluationYear.State.CLOSED
                     and y.year > (select max(z.year) from EvaluationYear z
                                   where z.state = vn.antt.certification.EvaluationYear.State.CLOSED) - :streak) >= :streak)""",
            countQuery = """
            select count(o) from Organization o
            where (:communeId is null or o.commune.id = :communeId)
              and (:kind is null or o.kind = :kind)
              and ((:active = true and o.archivedOn is null) or (:archived = true and o.archivedOn is not null))
              and (cast(:searchKey as String) is null or o.searchKey like f_search_key(cast(:searchKey as String)))
              and (:streak is null or (select count(d) from Dossier d join d.year y
                   where d.organization.id = o.id and d.state = vn.antt.certification.DossierState.RECOGNIZED
                     and y.state = vn.antt.certification.EvaluationYear.State.CLOSED
                     and y.year > (select max(z.year) from EvaluationYear z
                                   where z.state = vn.antt.certification.EvaluationYear.State.CLOSED) - :streak) >= :streak)""")
    Page<Organization> search(Long communeId, OrganizationKind kind, boolean active, boolean archived,
                              String searchKey, Long streak, Pageable pageable);

    @Query("select count(o) > 0 from Organization o where o.taxCode = :taxCode and o.id <> :exceptId")
    boolean taxCodeTaken(String taxCode, long exceptId);

    @Query("""
            select count(o) > 0 from Organization o
            where o.commune.id = :communeId and lower(o.name) = lower(:name) and o.archivedOn is null
              and o.id <> :exceptId""")
    boolean nameTaken(long communeId, String name, long exceptId);

    /** The organization of a commune with exactly this name (case aside), archived ones included. */
    @Query("""
            select o from Organization o join fetch o.commune
            where o.commune.id = :communeId and lower(o.name) = lower(:name) order by o.archivedOn nulls first, o.id""")
    List<Organization> findByName(long communeId, String name);
}
