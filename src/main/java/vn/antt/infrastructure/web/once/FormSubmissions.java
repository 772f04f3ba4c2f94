package vn.antt.infrastructure.web.once;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tokens that were sent. Each statement is its own short transaction (no transaction of the handler around it),
 * so a claim is visible to a concurrent duplicate at once.
 */
@Component
class FormSubmissions {

    /** What a duplicate finds: still running (location null) or completed (where the first request led). */
    record State(boolean completed, String location) {
    }

    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    FormSubmissions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this request is the first to send the token. */
    boolean claim(String token, String username) {
        pruneNowAndThen();
        return jdbc.update("insert into form_submission (token, username) values (?, ?) on conflict do nothing",
                token, username) == 1;
    }

    void complete(String token, String location) {
        jdbc.update("update form_submission set completed_at = now(), redirect_to = ? where token = ?",
                location, token);
    }

    /** The request changed nothing (a form shown again with its errors, a refusal): as if it was never sent. */
    void release(String token) {
        jdbc.update("delete from form_submission where token = ? and completed_at is null", token);
    }

    /** Null when nobody holds the token any more. */
    State state(String token) {
        List<State> states = jdbc.query("select completed_at, redirect_to from form_submission where token = ?",
                (rs, row) -> new State(rs.getTimestamp(1) != null, rs.getString(2)), token);
        return states.isEmpty() ? null : states.get(0);
    }

    private void pruneNowAndThen() {
        Instant now = Instant.now();
        Instant last = lastPrune.get();
        if (last.plus(PRUNE_EVERY).isBefore(now) && lastPrune.compareAndSet(last, now)) {
            // a token older than its session (60 minutes) can never be sent again: two days is plenty
            jdbc.update("delete from form_submission where claimed_at < now() - interval '2 days'");
        }
    }
}
