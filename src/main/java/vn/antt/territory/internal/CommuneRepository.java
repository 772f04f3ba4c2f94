package vn.antt.territory.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.territory.Commune;

public interface CommuneRepository extends JpaRepository<Commune, Long> {

    /**
     * The communes of a district, searched ignoring case and diacritics (đ = d), in Vietnamese order of their names
     * without prefix. {@code searchKey} is a LIKE pattern already escaped, or null for all; {@code code} also finds
     * a commune by its code; {@code streak}: only those recognised in each of the last so many closed years.
     */
    @Query(value = """
            select c from Commune c left join fetch c.successor
            where c.district.code = :districtCode
              and (cast(:searchKey as String) is null or f_search_key(c.name) like f_search_key(cast(:searchKey as String))
                   or c.code = :code)
              and (:streak is null or (select count(d) from Dossier d join d.year y
                   where d.commune.id = c.id and d.state = vn.antt.certification.DossierState.RECOGNIZED
                     and y.state = vn.antt.certification.EvaluationYear.State.CLOSED
                     and y.year > (select max(z.year) from EvaluationYear z
                                   where z.state = vn.antt.certification.EvaluationYear.State.CLOSED) - :streak) >= :streak)
            order by c.sortName, c.code, c.validFrom nulls first""",
            countQuery = """
            select count(c) from Commune c
            where c.district.code = :districtCode
              and (cast(:searchKey as String) is null or f_search_key(c.name) like f_search_key(cast(:searchKey as String))
                   or c.code = :code)
              and (:streak is null or (select count(d) from Dossier d join d.year y
                   where d.commune.id = c.id and d.state = vn.antt.certification.DossierState.RECOGNIZED
                     and y.state = vn.antt.certification.EvaluationYear.State.CLOSED
                     and y.year > (select max(z.year) from EvaluationYear z
                                   where z.state = vn.antt.certification.EvaluationYear.State.CLOSED) - :streak) >= :streak)""")
    Page<Commune> search(String districtCode, String searchKey, String code, Long streak, Pageable pageable);

    @EntityGraph(attributePaths = {"district", "district.province", "successor"})
    List<Commune> findByCode(String code);

    @Query("select c from Commune c where c.district.code = :districtCode order by c.sortName, c.code")
    List<Commune> findAllInDistrict(String districtCode);

}
