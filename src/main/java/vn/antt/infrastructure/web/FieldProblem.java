package vn.antt.infrastructure.web;

/**
 * A business rule that input broke, found by a service: the controller shows {@code messageKey} on {@code field}
 * and re-shows the form with what was typed.
 */
public class FieldProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public FieldProblem(String field, String messageKey) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
