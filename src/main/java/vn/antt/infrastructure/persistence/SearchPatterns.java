package vn.antt.infrastructure.persistence;

/** Turns what a user typed into a search box into a LIKE pattern for {@code f_search_key(column) like f_search_key(?)}. */
public final class SearchPatterns {

    private SearchPatterns() {
    }

    /** "%text%" with LIKE's wildcards escaped, or null when nothing was typed. */
    public static String contains(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String escaped = typed.strip().replaceAll("\\s+", " ")
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
