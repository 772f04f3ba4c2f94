package vn.antt.reporting;

import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.antt.certification.EvaluationYear;
import vn.antt.certification.EvaluationYears;
import vn.antt.certification.YearClosed;
import vn.antt.certification.YearRestated;
import vn.antt.commendation.CommendationsChanged;

/**
 * Keeps a closed year's figures (docs/adr/0003-closed-years-are-frozen.md): when it is closed, when earlier results
 * restate it, and section III when its commendations change; at start-up, for a year closed before figures were kept.
 */
@Component
class KeptYears implements SmartLifecycle {

    /** Before the web server starts taking requests (its phase is {@code DEFAULT_PHASE - 1024}). */
    private static final int BEFORE_WEB_SERVER = SmartLifecycle.DEFAULT_PHASE - 2048;

    private static final Logger log = LoggerFactory.getLogger(KeptYears.class);

    private final YearEndReports reports;
    private final EvaluationYears years;
    private final TransactionTemplate transactions;
    private volatile boolean running;

    KeptYears(YearEndReports reports, EvaluationYears years, TransactionTemplate transactions) {
        this.reports = reports;
        this.years = years;
        this.transactions = transactions;
    }

    @EventListener
    void closed(YearClosed closed) {
        reports.keep(closed.year());
    }

    /** Once per year and transaction, after all of an import's rows are in. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void restated(YearRestated restated) {
        if (firstInTransaction("restated " + restated.year())) {
            reports.keep(restated.year());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void awardsChanged(CommendationsChanged changed) {
        if (reports.isKept(changed.year()) && firstInTransaction("awards " + changed.year())) {
            reports.keepAwards(changed.year());
        }
    }

    /** Keeps the years closed before figures were kept, before anyone can change the registry. */
    @Override
    public void start() {
        keepYearsClosedBefore();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return BEFORE_WEB_SERVER;
    }

    void keepYearsClosedBefore() {
        for (EvaluationYear year : years.all()) {
            if (!year.isOpen() && !reports.isKept(year.getYear())) {
                transactions.executeWithoutResult(status -> years.keepClosedYear(year.getYear()));
                log.info("Đã lưu số liệu của năm {} (năm đã khóa sổ)", year.getYear());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean firstInTransaction(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        Set<String> done = (Set<String>) TransactionSynchronizationManager.getResource(KeptYears.class);
        if (done == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(KeptYears.class, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KeptYears.class);
                }
            });
            done = fresh;
        }
        return done.add(key);
    }
}
