package vn.antt.infrastructure.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.codePoints().noneMatch(this::refused);
    }

    private boolean refused(int codePoint) {
        if (multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
            return false;
        }
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT && codePoint != 0x200D
                || Character.getType(codePoint) == Character.UNASSIGNED;
    }
}
