package vn.antt.dataimport;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.excel.ImportRow;
import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.infrastructure.excel.Importer;
import vn.antt.infrastructure.security.CurrentUser;

/** Saves the valid rows of a checked batch, all of them or (on any failure) none. */
@Component
class ImportRunner {

    private final ImportBatchRepository batches;
    private final AuditTrail audit;
    private final Clock clock;

    ImportRunner(ImportBatchRepository batches, AuditTrail audit, Clock clock) {
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public int run(long batchId, Importer importer, ImportSheet sheet, CurrentUser user, ImportProgress progress) {
        ImportBatch batch = batches.findById(batchId).orElseThrow();
        Importer.Run run = importer.begin(user);
        List<ImportRow> valid = sheet.rows().stream().filter(row -> run.check(row).isEmpty()).toList();
        int done = 0;
        for (ImportRow row : valid) {
            run.save(row);
            progress.saved(++done, valid.size());
        }
        batch.finish(done, clock.instant());
        audit.recordAs(user.getUsername(), AuditAction.IMPORTED, batch.getFileName(), importer.kind() + ": " + done);
        return done;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markFailed(long batchId) {
        batches.findById(batchId).ifPresent(batch -> batch.fail(clock.instant()));
    }

    /** True for the one confirmation that may run the batch; false when it already runs or ran. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean markRunning(long batchId) {
        return batches.start(batchId) == 1;
    }
}
