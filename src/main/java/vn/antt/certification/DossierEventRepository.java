package vn.antt.certification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierEventRepository extends JpaRepository<DossierEvent, Long> {

    List<DossierEvent> findByDossierIdOrderByOccurredAtAscIdAsc(long dossierId);
}
