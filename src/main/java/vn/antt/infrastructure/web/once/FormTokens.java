package vn.antt.infrastructure.web.once;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens: a random id and an HMAC of the id and the user, so that a client can neither invent a token
 * nor use one issued to somebody else. The key is kept in the database (shared by every instance).
 */
@Component
public class FormTokens {

    /** The hidden field that carries the token. */
    public static final String FIELD = "_once";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int ID_BYTES = 16;
    private static final int MAC_BYTES = 16;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    FormTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh token for a form that {@code username} will send. */
    public String issue(String username) {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        String encodedId = ENCODER.encodeToString(id);
        return encodedId + "." + ENCODER.encodeToString(mac(encodedId, username));
    }

    /** The token's id when {@code token} was issued to {@code username} by this application; otherwise null. */
    public String verify(String token, String username) {
        if (token == null || username == null || token.length() > 64) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String id = token.substring(0, dot);
        try {
            byte[] given = DECODER.decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(id, username)) ? id : null;
        }
        catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private byte[] mac(String id, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] full = mac.doFinal((id + ":" + username).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, MAC_BYTES);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            // the first instance to need the key creates it; every other one reads the same key
            jdbc.update("insert into form_token_secret (id, secret) values (1, ?) on conflict do nothing",
                    (Object) fresh);
            byte[] stored = jdbc.queryForObject("select secret from form_token_secret where id = 1", byte[].class);
            current = new SecretKeySpec(stored, "HmacSHA256");
            key = current;
        }
        return current;
    }
}
