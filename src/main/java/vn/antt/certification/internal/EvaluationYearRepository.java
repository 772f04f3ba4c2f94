package vn.antt.certification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.certification.EvaluationYear;

public interface EvaluationYearRepository extends JpaRepository<EvaluationYear, Long> {

    @EntityGraph(attributePaths = "criteriaSet")
    List<EvaluationYear> findAllByOrderByYearDesc();

    @Query("select y.year from EvaluationYear y order by y.year desc")
    List<Integer> findYears();

    @EntityGraph(attributePaths = "criteriaSet")
    Optional<EvaluationYear> findByYear(int year);

    Optional<EvaluationYear> findFirstByStateOrderByYearDesc(EvaluationYear.State state);

    boolean existsByYear(int year);
}
