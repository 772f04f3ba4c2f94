package vn.antt.certification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.certification.IssuingBody;

public interface IssuingBodyRepository extends JpaRepository<IssuingBody, Long> {

    List<IssuingBody> findAllByOrderByNameAsc();

    List<IssuingBody> findBySignsOrderByNameAsc(IssuingBody.Signs signs);

    Optional<IssuingBody> findFirstBySignsOrderByIdAsc(IssuingBody.Signs signs);
}
