package vn.antt.infrastructure.web;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.validation.BindingResult;

/**
 * A value chosen in a select must be one of the options the form offered: a forged id (another commune's, one that
 * does not exist) is a field message on the form shown again, never an error page and never stored.
 */
public final class OfferedChoices {

    /** "Not among the options; choose again." */
    public static final String UNKNOWN = "choice.unknown";

    private OfferedChoices() {
    }

    /** Rejects {@code field} when {@code chosen} is set and is not the key of any of {@code offered}. */
    public static <T> void check(BindingResult result, String field, Object chosen, Collection<T> offered,
                                 Function<T, ?> key) {
        if (chosen != null && !result.hasFieldErrors(field)
                && offered.stream().map(key).noneMatch(option -> Objects.equals(option, chosen))) {
            result.rejectValue(field, UNKNOWN);
        }
    }
}
