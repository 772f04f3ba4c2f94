package vn.antt.certification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The evaluation years there are (id, year, state, target), kept in memory: every page's layout and year asks for them
 * (issue 15 §2), and they change a few times a year. Any change of an {@link EvaluationYear} through JPA forgets them,
 * at once and again when its transaction ends, so that a year opened, adjusted, closed or deleted shows on the next
 * request. A change made outside the app (SQL) must call {@link #forget()}.
 */
@Component
public class KnownYears {

    /** One evaluation year as the pages need it. */
    public record Year(long id, int year, EvaluationYear.State state, BigDecimal targetPct) {

        public boolean isClosed() {
            return state == EvaluationYear.State.CLOSED;
        }
    }

    private record Snapshot(long generation, List<Year> years) {
    }

    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot cached;

    KnownYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every evaluation year, latest first. */
    public List<Year> all() {
        Snapshot snapshot = cached;
        long current = generation.get();
        if (snapshot != null && snapshot.generation() == current) {
            return snapshot.years();
        }
        List<Year> loaded = jdbc.sql("select id, year, state, target_pct from evaluation_year order by year desc")
                .query((rs, n) -> new Year(rs.getLong("id"), rs.getInt("year"),
                        EvaluationYear.State.valueOf(rs.getString("state")), rs.getBigDecimal("target_pct")))
                .list();
        // inside a writing transaction the rows may hold what is not committed yet: used, never kept
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!writing) {
            synchronized (this) {
                // a change forgotten while these rows were read makes them stale: keep them only if none was
                if (generation.get() == current) {
                    cached = new Snapshot(current, List.copyOf(loaded));
                }
            }
        }
        return loaded;
    }

    public Optional<Year> find(int year) {
        return all().stream().filter(y -> y.year() == year).findFirst();
    }

    public Optional<Integer> latest(EvaluationYear.State state) {
        return all().stream().filter(y -> y.state() == state).map(Year::year).findFirst();
    }

    /** Forgets the years, now and once the current transaction, if any, has ended. */
    public void forget() {
        forgetNow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetNow();
                }
            });
        }
    }

    private void forgetNow() {
        synchronized (this) {
            generation.incrementAndGet();
            cached = null;
        }
    }

    /** The JPA listener of {@link EvaluationYear}: any change of one forgets the years. */
    static class Changes {

        private final KnownYears years;

        Changes(KnownYears years) {
            this.years = years;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(EvaluationYear year) {
            years.forget();
        }
    }
}
