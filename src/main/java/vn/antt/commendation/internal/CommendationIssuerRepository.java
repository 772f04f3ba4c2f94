package vn.antt.commendation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.commendation.CommendationIssuer;

public interface CommendationIssuerRepository extends JpaRepository<CommendationIssuer, Long> {

    List<CommendationIssuer> findAllByOrderByPositionAscNameAsc();

    Optional<CommendationIssuer> findByCode(String code);

    boolean existsByCode(String code);
}
