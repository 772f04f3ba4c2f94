package vn.antt.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords given for usernames without an account exactly as {@link UserAccount} counts its own (five
 * in a row lock the name for fifteen minutes), so that a guesser learns nothing from how the login behaves. Only a
 * SHA-256 hash of the (normalized) username is stored.
 */
@Component
class UnknownUsernames {

    private final JdbcTemplate jdbc;

    UnknownUsernames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How long a name's count is kept after its last wrong password (a running lock is always kept): long enough that
     * a slow guesser is still counted, short enough that a guessing campaign over many names leaves no large table.
     */
    static final Duration RETENTION = Duration.ofDays(1);

    /** Counts a wrong password; returns true when this one locked the name. */
    boolean loginFailed(String normalizedUsername, Instant now) {
        prune(now);
        Timestamp at = Timestamp.from(now);
        Timestamp lockUntil = Timestamp.from(now.plus(UserAccount.LOCK_DURATION));
        // one statement, so that parallel guesses are all counted; an expired lock starts the count again
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                insert into login_throttle as t (username_hash, failed_logins, locked_until, updated_at)
                values (?, 1, case when 1 >= ? then ?::timestamptz end, ?)
                on conflict (username_hash) do update set
                    failed_logins = case when t.locked_until <= excluded.updated_at then 1 else t.failed_logins + 1 end,
                    locked_until = case
                        when t.locked_until <= excluded.updated_at then null
                        when t.locked_until is null and t.failed_logins + 1 >= ? then ?::timestamptz
                        else t.locked_until end,
                    updated_at = excluded.updated_at
                returning locked_until = ?::timestamptz""", Boolean.class,
                hash(normalizedUsername), UserAccount.MAX_FAILED_LOGINS, lockUntil, at,
                UserAccount.MAX_FAILED_LOGINS, lockUntil, lockUntil));
    }

    /**
     * Forgets the names not tried for {@link #RETENTION} whose lock, if any, has ended; done on each wrong password
     * for an unknown name, the only thing that adds rows, so the table stays as small as the last day's guesses.
     */
    int prune(Instant now) {
        return jdbc.update("""
                delete from login_throttle
                where updated_at < ? and (locked_until is null or locked_until <= ?)""",
                Timestamp.from(now.minus(RETENTION)), Timestamp.from(now));
    }

    static String hash(String normalizedUsername) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalizedUsername.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
