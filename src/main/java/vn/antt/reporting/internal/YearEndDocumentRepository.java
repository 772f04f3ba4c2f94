package vn.antt.reporting.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.antt.reporting.YearEndDocument;

public interface YearEndDocumentRepository extends JpaRepository<YearEndDocument, Long> {

    Optional<YearEndDocument> findByYear(int year);
}
