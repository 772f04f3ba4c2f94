package vn.antt.certification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuingBodyRepository extends JpaRepository<IssuingBody, Long> {

    List<IssuingBody> findAllByOrderByNameAsc();

    List<IssuingBody> findBySignsOrderByNameAsc(IssuingBody.Signs signs);

    Optional<IssuingBody> findFirstBySignsOrderByIdAsc(IssuingBody.Signs signs);
}
