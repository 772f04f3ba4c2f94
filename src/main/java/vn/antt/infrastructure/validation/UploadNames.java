package vn.antt.infrastructure.validation;

/** The name an uploaded file came with, as the browser sent it: kept only when a person could have given it. */
public final class UploadNames {

    /** The file-name column's bound. */
    public static final int MAX_LENGTH = 255;

    private UploadNames() {
    }

    /** True when the name is missing, too long, or holds control, bidi or non-characters. */
    public static boolean refused(String name) {
        return name == null || name.isBlank() || name.length() > MAX_LENGTH
                || !PlainTextValidator.isPlain(name, false);
    }
}
