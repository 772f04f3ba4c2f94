package vn.antt.territory.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.territory.Province;

public interface ProvinceRepository extends JpaRepository<Province, Long> {

    Optional<Province> findByCode(String code);
}
