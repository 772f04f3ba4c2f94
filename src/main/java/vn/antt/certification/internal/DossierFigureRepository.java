package vn.antt.certification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.certification.DossierFigure;

public interface DossierFigureRepository extends JpaRepository<DossierFigure, Long> {

    @Query("select f from DossierFigure f join fetch f.criterion where f.dossier.id = :dossierId order by f.id")
    List<DossierFigure> findOfDossier(long dossierId);
}
