package vn.antt.dataimport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.dataimport.internal.ImportBatchRepository;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.audit.AuditWords;
import vn.antt.infrastructure.excel.CellProblem;
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

    /**
     * Checks every row again (the registry may have changed since the dry run) and saves those still valid, saying
     * for each row whether it was stored and why not; {@code describe} words a row's problems.
     */
    @Transactional
    public int run(long batchId, Importer importer, ImportSheet sheet, CurrentUser user, ImportProgress progress,
                   Function<List<CellProblem>, String> describe) {
        ImportBatch batch = batches.findById(batchId).orElseThrow();
        Importer.Run run = importer.begin(user);
        List<ImportBatch.RowResult> results = new ArrayList<>();
        int done = 0;
        for (ImportRow row : sheet.rows()) {
            List<CellProblem> problems = run.check(row);
            if (problems.isEmpty()) {
                run.save(row);
                progress.saved(++done, Math.max(done, batch.getValidRows()));
                results.add(new ImportBatch.RowResult(row.number(), true, null));
            }
            else {
                results.add(new ImportBatch.RowResult(row.number(), false, describe.apply(problems)));
            }
        }
        batch.finish(results, clock.instant());
        AuditWords words = audit.words();
        audit.recordAs(user.getUsername(), AuditAction.IMPORTED, batch.getFileName(), words.message("audit.imported",
                words.message("import.kind." + importer.kind()), String.valueOf(done)));
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
