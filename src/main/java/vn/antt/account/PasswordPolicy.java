package vn.antt.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a new password must satisfy: at least 10 characters, at most 128, and not the username. */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message keys of the rules the password breaks; empty when it is acceptable. */
    public static List<String> violations(String username, String password) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add("password.tooShort");
            return violations;
        }
        if (password.length() > MAX_LENGTH) {
            violations.add("password.tooLong");
        }
        if (username != null && fold(password).equals(fold(username))) {
            violations.add("password.sameAsUsername");
        }
        return violations;
    }

    /** Case and diacritics folded, đ as d, so "NinhThủy" counts as the username "ninhthuy". */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
