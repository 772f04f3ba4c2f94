package vn.antt.infrastructure.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A telephone number as people write it: 6 to 20 characters of digits, spaces, dots, brackets, "+" and "-". The one
 * rule for every phone field, typed into a form or read from an imported cell ({@link Check#matches(String)}).
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

    /** The message shown under a form field and next to an imported cell. */
    String MESSAGE_KEY = "PhoneNumber";

    String message() default "{PhoneNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PhoneNumber, String> {

        static final Pattern FORMAT = Pattern.compile("[0-9+(). -]{6,20}");

        /** True when {@code value} is null or empty (not given), or well formed. */
        public static boolean matches(String value) {
            return value == null || value.isEmpty() || FORMAT.matcher(value).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return matches(value);
        }
    }
}
