package vn.antt.territory;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommuneRepository extends JpaRepository<Commune, Long> {

    /**
     * The communes of a district, searched ignoring case and diacritics (đ = d), in Vietnamese order of their names
     * without prefix. {@code searchKey} is a LIKE pattern already escaped, or null for all; {@code code} also finds
     * a commune by its code.
     */
    @Query(value = """
            select c from Commune c left join fetch c.successor
            where c.district.code = :districtCode
              and (cast(:searchKey as String) is null or f_search_key(c.name) like f_search_key(cast(:searchKey as String))
                   or c.code = :code)
            order by c.sortName, c.code, c.validFrom nulls first""",
            countQuery = """
            select count(c) from Commune c
            where c.district.code = :districtCode
              and (cast(:searchKey as String) is null or f_search_key(c.name) like f_search_key(cast(:searchKey as String))
                   or c.code = :code)""")
    Page<Commune> search(String districtCode, String searchKey, String code, Pageable pageable);

    @EntityGraph(attributePaths = {"district", "district.province", "successor"})
    List<Commune> findByCode(String code);

    @Query("select c from Commune c where c.district.code = :districtCode order by c.sortName, c.code")
    List<Commune> findAllInDistrict(String districtCode);

}
