package vn.antt.territory;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, Long> {

    Optional<District> findByCode(String code);
}
