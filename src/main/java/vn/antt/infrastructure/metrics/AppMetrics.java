package vn.antt.infrastructure.metrics;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's own meters, named in one place (docs/operations.md lists them; Prometheus names in brackets):
 * <ul>
 * <li>{@code antt.dossier.transitions} (antt_dossier_transitions_total), a counter by {@code action}: every step of
 * a dossier's history that was committed (submit, return, appraise, recognize, …, and imported results);</li>
 * <li>{@code antt.imports} (antt_imports_seconds_*), a timer by {@code kind} and {@code outcome} (done, failed) of
 * confirmed Excel imports;</li>
 * <li>{@code antt.documents.rendered} (antt_documents_rendered_seconds_*), a timer by {@code format} (pdf, xlsx)
 * and {@code document} (the template or sheet) of every PDF and Excel file produced.</li>
 * </ul>
 */
@Component
public class AppMetrics {

    private final MeterRegistry registry;

    AppMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts a dossier step once its transaction commits (or now, outside a transaction). */
    public void dossierTransition(String action) {
        Counter counter = Counter.builder("antt.dossier.transitions").description("Dossier steps committed")
                .tag("action", action.toLowerCase(Locale.ROOT)).register(registry);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        }
        else {
            counter.increment();
        }
    }

    /** Records a confirmed import that ended (its rows saved, or nothing saved after a failure). */
    public void importFinished(String kind, boolean done, Duration took) {
        Timer.builder("antt.imports").description("Confirmed Excel imports").tag("kind", kind)
                .tag("outcome", done ? "done" : "failed").register(registry).record(took);
    }

    /** Renders a document and records how long it took. */
    public <T> T rendering(String format, String document, Supplier<T> render) {
        return documents(format, document).record(render);
    }

    /** Starts timing a document written as a stream; {@link Rendering#done()} records it once written. */
    public Rendering startRendering(String format, String document) {
        Timer.Sample sample = Timer.start(registry);
        return () -> sample.stop(documents(format, document));
    }

    /** A document being written. */
    public interface Rendering {
        void done();
    }

    private Timer documents(String format, String document) {
        return Timer.builder("antt.documents.rendered").description("PDF and Excel files produced")
                .tag("format", format).tag("document", document).register(registry);
    }
}
