package vn.antt.territory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.territory.ResidentialArea;

public interface ResidentialAreaRepository extends JpaRepository<ResidentialArea, Long> {

    @Query("select a from ResidentialArea a join fetch a.commune c join fetch c.district where a.id = :id")
    Optional<ResidentialArea> findWithCommune(long id);

    /** A commune's khu dân cư, current and/or archived, searched ignoring case and diacritics, in Vietnamese order. */
    @Query(value = """
            select a from ResidentialArea a
            where a.commune.id = :communeId
              and ((:active = true and a.validTo is null) or (:archived = true and a.validTo is not null))
              and (cast(:searchKey as String) is null or a.searchKey like f_search_key(cast(:searchKey as String)))
            order by a.name, a.id""",
            countQuery = """
            select count(a) from ResidentialArea a
            where a.commune.id = :communeId
              and ((:active = true and a.validTo is null) or (:archived = true and a.validTo is not null))
              and (cast(:searchKey as String) is null or a.searchKey like f_search_key(cast(:searchKey as String)))""")
    Page<ResidentialArea> search(long communeId, boolean active, boolean archived, String searchKey,
                                 Pageable pageable);

    /** The khu dân cư, current and archived, of several communes at once, in the order of {@link #search}. */
    @Query("select a from ResidentialArea a where a.commune.id in :communeIds order by a.name, a.id")
    List<ResidentialArea> findAllOfCommunes(Collection<Long> communeIds);

    @Query("""
            select count(a) > 0 from ResidentialArea a
            where a.commune.id = :communeId and a.validTo is null and a.id <> :exceptId
              and lower(a.name) = lower(:name)""")
    boolean currentNameTaken(long communeId, String name, long exceptId);

    @Query("""
            select a from ResidentialArea a
            where a.commune.id = :communeId and a.validTo is null and a.searchKey = f_search_key(:name)""")
    Optional<ResidentialArea> findCurrentByName(long communeId, String name);
}
