package vn.antt.selfmanaged.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.selfmanaged.ModelType;

public interface ModelTypeRepository extends JpaRepository<ModelType, Long> {

    List<ModelType> findAllByOrderByRetiredAscPositionAscNameAsc();

    List<ModelType> findByRetiredFalseOrderByPositionAscNameAsc();

    Optional<ModelType> findByCode(String code);

    boolean existsByCode(String code);
}
