package vn.antt.infrastructure.problem;

/**
 * A business rule that input broke, found by a service: the controller shows {@code messageKey} on {@code field}
 * and re-shows the form with what was typed.
 */
public class FieldProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] args;

    public FieldProblem(String field, String messageKey) {
        this(field, messageKey, new Object[0]);
    }

    /** A problem whose message names something, e.g. the act that replaced a criteria set. */
    public FieldProblem(String field, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public Object[] args() {
        return args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
