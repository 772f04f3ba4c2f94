package vn.antt.infrastructure.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** Lines of one user and of one action (either may be null: any), from one instant until before another. */
    @Query("""
            select e from AuditEntry e
            where (cast(:username as String) is null or e.username = :username)
              and (cast(:action as String) is null or e.action = :action)
              and e.occurredAt >= :from and e.occurredAt < :until
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEntry> search(String username, String action, Instant from, Instant until, Pageable pageable);
}
