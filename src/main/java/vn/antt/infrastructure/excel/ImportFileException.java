package vn.antt.infrastructure.excel;

/** The uploaded file as a whole cannot be imported (not an .xlsx, empty, columns renamed or missing…). */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ImportFileException(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
