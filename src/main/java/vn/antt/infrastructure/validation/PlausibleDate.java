package vn.antt.infrastructure.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date a person could mean: not before {@link #from()} and not more than {@link #yearsAhead()} years after today
 * (0: not after today). Every date field of a form carries it, so that 01/01/1800 or 01/01/2099 is a field message.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    /** The earliest date of the movement's records: the founding of the state. */
    String FOUNDING = "01/01/1945";

    String message() default "{PlausibleDate}";

    /** The earliest plausible date, as dd/MM/yyyy (shown in the message as written). */
    String from() default FOUNDING;

    /** How many years after today the date may lie; 0 for something that has already happened. */
    int yearsAhead() default 0;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
