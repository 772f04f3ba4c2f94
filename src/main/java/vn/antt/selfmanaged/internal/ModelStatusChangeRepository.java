package vn.antt.selfmanaged.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.selfmanaged.ModelStatusChange;

public interface ModelStatusChangeRepository extends JpaRepository<ModelStatusChange, Long> {

    List<ModelStatusChange> findByModelIdOrderByChangedOnDescIdDesc(long modelId);
}
