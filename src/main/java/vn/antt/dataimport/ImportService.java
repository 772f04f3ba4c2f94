package vn.antt.dataimport;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import vn.antt.dataimport.internal.ImportBatchRepository;
import vn.antt.infrastructure.excel.CellProblem;
import vn.antt.infrastructure.metrics.AppMetrics;
import vn.antt.infrastructure.excel.ImportColumn;
import vn.antt.infrastructure.excel.ImportRow;
import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.infrastructure.excel.Importer;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.web.Fingerprint;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;

/**
 * Excel imports: templates, upload with a dry run of every row, confirmation (in the background with progress for
 * large files), and the file of refused rows.
 */
@Service
public class ImportService {

    /** An import file is at most 10 MB. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** Imports of more rows than this run in the background while the page shows their progress. */
    static final int BACKGROUND_THRESHOLD = 1000;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final List<Importer> importers;
    private final ImportBatchRepository batches;
    private final ImportRunner runner;
    private final MessageSource messages;
    private final TaskExecutor executor;
    private final Clock clock;
    private final AppMetrics metrics;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ImportService(List<Importer> importers, ImportBatchRepository batches, ImportRunner runner,
                  MessageSource messages, TaskExecutor executor, Clock clock, AppMetrics metrics, JdbcTemplate jdbc,
                  PlatformTransactionManager transactions) {
        this.importers = importers;
        this.batches = batches;
        this.runner = runner;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A row of the dry run: its number and, when refused, its problems in words. */
    public record RowOutcome(int row, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public record DryRun(ImportBatch batch, Importer importer, List<RowOutcome> rows) {
        public long refused() {
            return rows.stream().filter(row -> !row.ok()).count();
        }

        public long valid() {
            return rows.size() - refused();
        }

        /**
         * What the dry run showed and its confirmation carries: which rows would be stored. Confirming is refused
         * when the registry has changed so that another set of rows would be (docs/adr/0004).
         */
        public String shownSet() {
            return Fingerprint.of(batch.getId() + ":" + rows.stream().filter(RowOutcome::ok)
                    .map(row -> String.valueOf(row.row())).collect(Collectors.joining(",")));
        }
    }

    public List<Importer> importersFor(CurrentUser user) {
        return importers.stream().filter(importer -> importer.allowedFor(user)).toList();
    }

    public Importer importer(String kind, CurrentUser user) {
        Importer importer = importers.stream().filter(i -> i.kind().equals(kind)).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!importer.allowedFor(user)) {
            throw new AccessDeniedException(kind);
        }
        return importer;
    }

    public byte[] template(Importer importer, CurrentUser user) {
        List<String> headers = importer.columns().stream().map(column -> header(column)).toList();
        Map<String, List<String>> values = new LinkedHashMap<>();
        importer.allowedValues(user).forEach((key, list) -> values.put(label(key), list));
        return ImportSheet.write(label(importer.titleKey()), headers, List.of(), label("import.valuesSheet"), values);
    }

    /** Reads and checks an upload; keeps it for confirmation. @throws ImportFileException for a bad file */
    @Transactional
    public ImportBatch upload(Importer importer, String fileName, byte[] content, CurrentUser user) {
        ImportSheet sheet = ImportSheet.read(content, importer.columns(), this::label);
        Importer.Run run = importer.begin(user);
        int valid = (int) sheet.rows().stream().filter(row -> run.check(row).isEmpty()).count();
        return batches.save(new ImportBatch(importer.kind(), fileName == null ? "" : fileName, content,
                user.getUsername(), clock.instant(), sheet.rows().size(), valid));
    }

    @Transactional(readOnly = true)
    public DryRun dryRun(long batchId, CurrentUser user) {
        ImportBatch batch = batch(batchId, user);
        Importer importer = importer(batch.getKind(), user);
        ImportSheet sheet = ImportSheet.read(batch.getContent(), importer.columns(), this::label);
        Importer.Run run = importer.begin(user);
        List<RowOutcome> rows = sheet.rows().stream()
                .map(row -> new RowOutcome(row.number(), describe(run.check(row)))).toList();
        return new DryRun(batch, importer, rows);
    }

    /**
     * Imports the batch's valid rows: now, or in the background for a large file. {@code shown} is the set of rows
     * the user confirmed ({@link DryRun#shownSet}); when another set would be stored now, nothing is and the user sees
     * the dry run again.
     */
    public void confirm(long batchId, String shown, CurrentUser user) {
        ImportBatch batch = batch(batchId, user);
        if (batch.getStatus() != ImportBatch.Status.CHECKED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "batch " + batchId + " is " + batch.getStatus());
        }
        if (!dryRun(batchId, user).shownSet().equals(shown)) {
            if (batches.statusOf(batchId) != ImportBatch.Status.CHECKED) {
                // confirmed meanwhile from another tab: its rows are what changed the dry run
                throw new ResponseStatusException(HttpStatus.CONFLICT, "batch " + batchId + " confirmed meanwhile");
            }
            throw new StaleEditException();
        }
        Importer importer = importer(batch.getKind(), user);
        ImportSheet sheet = ImportSheet.read(content(batchId), importer.columns(), this::label);
        if (!runner.markRunning(batchId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "batch " + batchId + " was confirmed meanwhile");
        }
        Runnable work = () -> run(batchId, importer, sheet, user, progressWriter(batchId));
        if (batch.getValidRows() > BACKGROUND_THRESHOLD) {
            executor.execute(new DelegatingSecurityContextRunnable(work));
        }
        else {
            work.run();
        }
    }

    /** Runs an import; on any failure nothing is imported and the batch is marked failed. */
    void run(long batchId, Importer importer, ImportSheet sheet, CurrentUser user, ImportProgress listener) {
        long started = System.nanoTime();
        try {
            runner.run(batchId, importer, sheet, user, listener, problems -> String.join("; ", describe(problems)));
            metrics.importFinished(importer.kind(), true, Duration.ofNanos(System.nanoTime() - started));
        }
        catch (RuntimeException ex) {
            log.error("Import {} failed; nothing was imported", batchId, ex);
            runner.markFailed(batchId);
            metrics.importFinished(importer.kind(), false, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * Writes the rows saved so far into the batch's row, in a transaction of its own (the import's own commits only
     * at its end), a few times a second: the page polling the progress may be served by another instance.
     */
    private ImportProgress progressWriter(long batchId) {
        long[] lastWrite = {System.nanoTime()};
        return (done, total) -> {
            long now = System.nanoTime();
            if (now - lastWrite[0] >= TimeUnit.MILLISECONDS.toNanos(250)) {
                lastWrite[0] = now;
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "update import_batch set imported_rows = ? where id = ? and status = 'RUNNING'", done, batchId));
            }
        };
    }

    /** Rows saved so far and rows to save, while an import runs (on whichever instance); null when none runs. */
    public int[] progress(long batchId, CurrentUser user) {
        ImportBatch batch = batch(batchId, user);
        return batch.getStatus() == ImportBatch.Status.RUNNING
                ? new int[] {batch.getImportedRows(), batch.getValidRows()} : null;
    }

    /** The refused rows as they were uploaded, with a column saying why. */
    @Transactional(readOnly = true)
    public byte[] errorFile(long batchId, CurrentUser user) {
        ImportBatch batch = batch(batchId, user);
        Importer importer = importer(batch.getKind(), user);
        ImportSheet sheet = ImportSheet.read(batch.getContent(), importer.columns(), this::label);
        Importer.Run run = importer.begin(user);
        List<List<Object>> rows = new ArrayList<>();
        for (ImportRow row : sheet.rows()) {
            List<String> problems = describe(run.check(row));
            if (!problems.isEmpty()) {
                List<Object> values = new ArrayList<>(row.original());
                while (values.size() < sheet.headers().size()) {
                    values.add(null);
                }
                values.add(label("import.rowLabel") + " " + row.number() + ": " + String.join("; ", problems));
                rows.add(values);
            }
        }
        List<String> headers = new ArrayList<>(sheet.headers());
        headers.add(label("import.errorColumn"));
        return ImportSheet.write(label("import.errorFile"), headers, rows, null, null);
    }

    @Transactional(readOnly = true)
    public ImportBatch batch(long batchId, CurrentUser user) {
        ImportBatch batch = batches.findById(batchId).orElseThrow(NotFoundException::new);
        if (!batch.getUploadedBy().equals(user.getUsername()) && !user.hasRole(Role.ADMIN)) {
            throw new NotFoundException();
        }
        return batch;
    }

    @Transactional(readOnly = true)
    byte[] content(long batchId) {
        return batches.findById(batchId).map(ImportBatch::getContent).orElseThrow(NotFoundException::new);
    }

    private List<String> describe(List<CellProblem> problems) {
        return problems.stream().map(p -> label(p.headerKey()) + ": "
                + messages.getMessage(p.messageKey(), p.args(), p.messageKey(), LocaleContextHolder.getLocale()))
                .toList();
    }

    private String header(ImportColumn column) {
        return label(column.headerKey());
    }

    public String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
