package vn.antt.certification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.certification.DossierAssessment;

public interface DossierAssessmentRepository extends JpaRepository<DossierAssessment, Long> {

    @Query("select a from DossierAssessment a join fetch a.criterion c where a.dossier.id = :dossierId order by c.position")
    List<DossierAssessment> findOfDossier(long dossierId);
}
