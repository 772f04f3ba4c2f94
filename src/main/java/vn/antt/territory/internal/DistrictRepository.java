package vn.antt.territory.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.territory.District;

public interface DistrictRepository extends JpaRepository<District, Long> {

    Optional<District> findByCode(String code);
}
