package vn.antt.selfmanaged.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.selfmanaged.ModelAssessment;
import vn.antt.selfmanaged.ModelCounters;
import vn.antt.selfmanaged.ModelQuality;
import vn.antt.selfmanaged.ModelStatus;
import vn.antt.selfmanaged.SelfManagedModel;

public interface SelfManagedModelRepository extends JpaRepository<SelfManagedModel, Long> {

    @Query("""
            select m from SelfManagedModel m join fetch m.commune join fetch m.type
            left join fetch m.residentialArea left join fetch m.hostOrganization where m.id = :id""")
    Optional<SelfManagedModel> findWithRelations(long id);

    String FILTER = """
            where (:communeId is null or m.commune.id = :communeId)
              and (:typeId is null or m.type.id = :typeId)
              and (:status is null or m.status = :status)
              and (:newIn = 0 or function('f_new_in', m.foundedOn, :newIn) = true)
              and (:activeIn = 0 or function('f_active_at_end_of', m.foundedOn, m.dissolvedOn, :activeIn) = true)
              and (:hostId is null or m.hostOrganization.id = :hostId)
              and (:quality is null or exists (select 1 from ModelAssessment a
                                               where a.model = m and a.year = :qualityYear and a.quality = :quality))
              and (cast(:searchKey as String) is null or m.searchKey like f_search_key(cast(:searchKey as String)))""";

    /** The list: every parameter but the pageable may be null (no filter on it); a year of 0 is no filter. */
    @Query(value = "select m from SelfManagedModel m join fetch m.commune join fetch m.type " + FILTER,
            countQuery = "select count(m) from SelfManagedModel m " + FILTER)
    Page<SelfManagedModel> search(Long communeId, Long typeId, ModelStatus status, int newIn, int activeIn,
                                  Long hostId, ModelQuality quality, Integer qualityYear,
                                  String searchKey, Pageable pageable);

    /** The year's counters for a search, commune, type and host (the rules of YearRules, in SQL). */
    @Query(nativeQuery = true, value = """
            select count(*) filter (where active) as active,
                   count(*) filter (where active and m.status = 'SUSPENDED') as suspended,
                   count(*) filter (where f_new_in(m.founded_on, :year)) as created,
                   count(*) filter (where active and a.quality = 'GOOD') as effective
            from self_managed_model m
            left join model_assessment a on a.model_id = m.id and a.year = :year
            cross join lateral (select f_active_at_end_of(m.founded_on, m.dissolved_on, :year) as active) y
            where (cast(:communeId as bigint) is null or m.commune_id = :communeId)
              and (cast(:typeId as bigint) is null or m.type_id = :typeId)
              and (cast(:hostId as bigint) is null or m.host_organization_id = :hostId)
              and (cast(:searchKey as text) is null or m.search_key like f_search_key(cast(:searchKey as text)))""")
    ModelCounters counters(int year, Long communeId, Long typeId, Long hostId,
                           String searchKey);

    @Query("""
            select count(m) > 0 from SelfManagedModel m
            where m.commune.id = :communeId and m.searchKey = f_search_key(:name) and m.id <> :exceptId""")
    boolean nameTaken(long communeId, String name, long exceptId);

    /** The model of a commune with this name (accents and case aside). */
    @Query("select m from SelfManagedModel m where m.commune.id = :communeId and m.searchKey = f_search_key(:name)")
    List<SelfManagedModel> findByName(long communeId, String name);
}
