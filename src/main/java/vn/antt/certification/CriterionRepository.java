package vn.antt.certification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findBySetIdOrderByPositionAscIdAsc(long setId);
}
