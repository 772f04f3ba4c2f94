package vn.antt.certification.web;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * A certification form whose input was refused, carried to its page shown again: which form ({@code action}, its
 * path), what it held, and the field the message belongs to. {@link #NONE} when nothing was refused.
 */
public record RefusedInput(String action, String field, String messageKey, Map<String, String> typed)
        implements Serializable {

    static final RefusedInput NONE = new RefusedInput("", null, null, Map.of());

    /** What was typed into {@code name} of the form posted to {@code formAction}, else {@code shown}. */
    public Object or(String formAction, String name, Object shown) {
        return action.equals(formAction) ? typed.get(name) : shown;
    }

    /** What was typed into {@code name} of the form posted to {@code formAction}, or null. */
    public String value(String formAction, String name) {
        return action.equals(formAction) ? typed.get(name) : null;
    }

    /** True when the message belongs next to {@code name} of the form posted to {@code formAction}. */
    public boolean on(String formAction, String name) {
        return action.equals(formAction) && Objects.equals(field, name);
    }
}
