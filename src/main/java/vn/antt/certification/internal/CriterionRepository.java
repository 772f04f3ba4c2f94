package vn.antt.certification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.certification.Criterion;

public interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findBySetIdOrderByPositionAscIdAsc(long setId);
}
