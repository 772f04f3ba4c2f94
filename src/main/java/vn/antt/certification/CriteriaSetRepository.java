package vn.antt.certification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CriteriaSetRepository extends JpaRepository<CriteriaSet, Long> {

    List<CriteriaSet> findAllByOrderByEffectiveFromDesc();

    Optional<CriteriaSet> findByCode(String code);
}
