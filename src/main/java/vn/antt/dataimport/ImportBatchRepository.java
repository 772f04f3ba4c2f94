package vn.antt.dataimport;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {
}
