package vn.antt.certification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuingBodyRepository extends JpaRepository<IssuingBody, Long> {

    List<IssuingBody> findAllByOrderByNameAsc();
}
