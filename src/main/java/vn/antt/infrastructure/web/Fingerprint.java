package vn.antt.infrastructure.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A short digest of what a page showed (a set's members and their versions), carried by its form so that the action
 * can tell whether the set it acts on is still the one the user confirmed.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(String shown) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shown.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
