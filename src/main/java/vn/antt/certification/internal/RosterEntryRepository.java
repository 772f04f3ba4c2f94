package vn.antt.certification.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.antt.certification.Dossier;
import vn.antt.certification.RosterEntry;

public interface RosterEntryRepository extends JpaRepository<RosterEntry, Long> {

    /**
     * A year's roster: by manager ({@code town} true: Công an thị xã; else {@code managerId} when given), by the
     * commune where the organization is, and by a search pattern on its name.
     */
    @Query(value = """
            select r from RosterEntry r join fetch r.organization o join fetch o.commune c
            left join fetch r.managingCommune m
            where r.year.year = :year
              and (:town = false or m is null)
              and (:managerId is null or m.id = :managerId)
              and (:locatedId is null or c.id = :locatedId)
              and (cast(:pattern as String) is null or o.searchKey like f_search_key(cast(:pattern as String)))
            order by c.sortName, o.name, o.id""",
            countQuery = """
            select count(r) from RosterEntry r join r.organization o left join r.managingCommune m
            where r.year.year = :year
              and (:town = false or m is null)
              and (:managerId is null or m.id = :managerId)
              and (:locatedId is null or o.commune.id = :locatedId)
              and (cast(:pattern as String) is null or o.searchKey like f_search_key(cast(:pattern as String)))""")
    Page<RosterEntry> search(int year, boolean town, Long managerId, Long locatedId, String pattern,
                             Pageable pageable);

    @Query("""
            select r from RosterEntry r join fetch r.year join fetch r.organization o join fetch o.commune
            left join fetch r.managingCommune where r.id = :id""")
    Optional<RosterEntry> findWhole(long id);

    @Query("""
            select r from RosterEntry r left join fetch r.managingCommune
            where r.year.id = :yearId and r.organization.id = :organizationId""")
    Optional<RosterEntry> findOf(long yearId, long organizationId);

    /** Entries of a year without a dossier yet, managed by a commune (null: all; {@code town}: the town's only). */
    @Query("""
            select r from RosterEntry r join fetch r.organization o join fetch o.commune left join fetch r.managingCommune m
            where r.year.id = :yearId
              and (:town = false or m is null)
              and (:managerId is null or m.id = :managerId)
              and not exists (select 1 from Dossier d where d.year.id = :yearId and d.organization.id = o.id)
            order by r.id""")
    List<RosterEntry> findWithoutDossier(long yearId, boolean town, Long managerId);

    long countByYearId(long yearId);

    /** Every active organization of the communes not yet in the roster, managed by the commune where it is. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into roster_entry (year_id, organization_id, managing_commune_id, basis, created_by, updated_by)
            select :yearId, o.id, o.commune_id, :basis, :username, :username from organization o
            where o.commune_id in (:communeIds) and o.archived_on is null
              and not exists (select 1 from roster_entry r where r.year_id = :yearId and r.organization_id = o.id)
            on conflict (year_id, organization_id) do nothing""")
    int addActive(long yearId, Collection<Long> communeIds, String basis, String username);

    /** Last year's entries (managers and their basis) for organizations still active and not yet in the roster. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into roster_entry (year_id, organization_id, managing_commune_id, basis, created_by, updated_by)
            select :yearId, p.organization_id, p.managing_commune_id, p.basis, :username, :username
            from roster_entry p join organization o on o.id = p.organization_id
            where p.year_id = :previousYearId and o.archived_on is null
              and not exists (select 1 from roster_entry r where r.year_id = :yearId
                              and r.organization_id = p.organization_id)
            on conflict (year_id, organization_id) do nothing""")
    int copy(long previousYearId, long yearId, String username);

    /** How many organizations each manager has in a year (null commune: the town). */
    @Query("""
            select m.id as communeId, count(r) as count from RosterEntry r left join r.managingCommune m
            where r.year.year = :year group by m.id""")
    List<ManagerCount> countByManager(int year);

    interface ManagerCount {

        Long getCommuneId();

        long getCount();
    }
}
