package vn.antt.selfmanaged;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelStatusChangeRepository extends JpaRepository<ModelStatusChange, Long> {

    List<ModelStatusChange> findByModelIdOrderByChangedOnDescIdDesc(long modelId);
}
