package vn.antt.selfmanaged.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.selfmanaged.ModelAssessment;

public interface ModelAssessmentRepository extends JpaRepository<ModelAssessment, Long> {

    List<ModelAssessment> findByModelIdOrderByYearDesc(long modelId);

    Optional<ModelAssessment> findByModelIdAndYear(long modelId, int year);
}
