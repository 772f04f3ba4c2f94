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
 * A Vietnamese tax code (mã số thuế, domain §2): 10 digits, or 10 digits, "-" and 3 digits for a branch. The one rule
 * for the form field and the imported cell ({@link Check#matches(String)}).
 */
@Documented
@Constraint(validatedBy = TaxCode.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface TaxCode {

    /** The message shown under a form field and next to an imported cell. */
    String MESSAGE_KEY = "TaxCode";

    String message() default "{TaxCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TaxCode, String> {

        static final Pattern FORMAT = Pattern.compile("[0-9]{10}(-[0-9]{3})?");

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
