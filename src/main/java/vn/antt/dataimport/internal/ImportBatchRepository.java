package vn.antt.dataimport.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.antt.dataimport.ImportBatch;

public interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    /**
     * Checked → running in one statement: of two confirmations at the same moment exactly one gets 1, whatever both
     * read before. The version moves on, so that an edit holding the old version is refused.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ImportBatch b set b.status = vn.antt.dataimport.ImportBatch.Status.RUNNING, b.version = b.version + 1
            where b.id = :id and b.status = vn.antt.dataimport.ImportBatch.Status.CHECKED""")
    int start(@Param("id") long id);

    /** The batch's status as committed now (not as an entity read earlier in the request has it). */
    @Query("select b.status from ImportBatch b where b.id = :id")
    ImportBatch.Status statusOf(@Param("id") long id);
}
