package vn.antt.certification;

import java.util.regex.Pattern;

/**
 * A criterion's text as a printed sheet shows it: the working note "(nội dung cần đối chiếu văn bản gốc)" stays on the
 * admin page (the criterion's {@code wording}) and never prints, and a placeholder that only names the clause
 * ("Tiêu chí thứ năm theo Điều 4") prints as nothing, leaving the line to the circular's own words written by hand.
 */
final class CriterionText {

    private static final Pattern NOTE = Pattern.compile("\\s*\\(\\s*nội dung cần đối chiếu văn bản gốc\\s*\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACEHOLDER = Pattern.compile("Tiêu chí thứ \\p{L}+ theo Điều \\d+\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CriterionText() {
    }

    /** The printable text, or null when the text is only a placeholder. */
    static String printed(String text) {
        if (text == null) {
            return null;
        }
        String clean = NOTE.matcher(text).replaceAll("").strip();
        return clean.isEmpty() || PLACEHOLDER.matcher(clean).matches() ? null : clean;
    }
}
