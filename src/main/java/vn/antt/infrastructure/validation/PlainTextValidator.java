package vn.antt.infrastructure.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Refuses control characters (line breaks and tabs only where multiline), format characters such as bidi overrides
 * (U+202E; the zero-width joiner of emoji stays) and code points Unicode leaves unassigned or calls non-characters
 * (U+FFFE). The one rule for every free-text field, whether bound by Bean Validation or checked by hand.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return isPlain(value, multiline);
    }

    /** True when {@code value} is null or holds only what a person types. */
    public static boolean isPlain(String value, boolean multiline) {
        return value == null || value.codePoints().noneMatch(c -> refused(c, multiline));
    }

    private static boolean refused(int codePoint, boolean multiline) {
        if (multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
            return false;
        }
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.FORMAT && codePoint != 0x200D
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }
}
