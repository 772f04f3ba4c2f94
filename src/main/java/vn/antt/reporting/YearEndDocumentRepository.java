package vn.antt.reporting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface YearEndDocumentRepository extends JpaRepository<YearEndDocument, Long> {

    Optional<YearEndDocument> findByYear(int year);
}
