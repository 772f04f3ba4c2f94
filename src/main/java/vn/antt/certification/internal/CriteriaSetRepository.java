package vn.antt.certification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.certification.CriteriaSet;
import vn.antt.certification.Dossier;

public interface CriteriaSetRepository extends JpaRepository<CriteriaSet, Long> {

    @EntityGraph(attributePaths = "basedOn")
    List<CriteriaSet> findAllByOrderByEffectiveFromDescIdDesc();

    @EntityGraph(attributePaths = "basedOn")
    Optional<CriteriaSet> findByCode(String code);

    boolean existsByCode(String code);

    List<CriteriaSet> findByBasedOnIdOrderByIdDesc(long basedOnId);

    /** Frozen: a year that uses the set has dossiers. */
    @Query("select count(d) > 0 from Dossier d where d.year.criteriaSet.id = :setId")
    boolean usedByDossiers(long setId);
}
