package vn.antt.certification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.certification.DossierEvent;

public interface DossierEventRepository extends JpaRepository<DossierEvent, Long> {

    List<DossierEvent> findByDossierIdOrderByOccurredAtAscIdAsc(long dossierId);
}
