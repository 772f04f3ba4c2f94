package vn.antt.infrastructure.web;

/** Reading list filters typed into the address bar: anything unreadable means "no filter", never an error page. */
public final class Filters {

    private Filters() {
    }

    /** The constant named by {@code value} (any case), or null. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        return null;
    }
}
