package vn.antt.certification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.antt.certification.RecognitionDecision;

public interface RecognitionDecisionRepository extends JpaRepository<RecognitionDecision, Long> {

    @Query("""
            select d from RecognitionDecision d join fetch d.year join fetch d.issuingBody
            where d.year.year = :year order by d.state, d.signedOn desc, d.id desc""")
    List<RecognitionDecision> findOfYear(int year);

    @Query("select d from RecognitionDecision d join fetch d.year y join fetch y.criteriaSet join fetch d.issuingBody where d.id = :id")
    Optional<RecognitionDecision> findWhole(long id);

    @Query("""
            select count(d) > 0 from RecognitionDecision d
            where d.issuingBody.id = :bodyId and d.number = :number and extract(year from d.signedOn) = :year""")
    boolean numberTaken(long bodyId, String number, int year);
}
