package vn.antt.infrastructure.validation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.antt.infrastructure.web.StrictDates;

/** Judges {@link PlausibleDate} on the validation clock (Vietnam's), so that "today" is Ninh Hòa's today. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    private LocalDate from;
    private int yearsAhead;

    @Override
    public void initialize(PlausibleDate annotation) {
        from = StrictDates.parse(annotation.from());
        if (from == null) {
            throw new IllegalArgumentException("PlausibleDate.from is not dd/MM/yyyy: " + annotation.from());
        }
        yearsAhead = annotation.yearsAhead();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return isPlausible(value, from, yearsAhead, context.getClockProvider().getClock());
    }

    /** True when {@code value} is null or lies from {@code from} to {@code yearsAhead} years after today. */
    public static boolean isPlausible(LocalDate value, LocalDate from, int yearsAhead, Clock clock) {
        return value == null || !value.isBefore(from) && !value.isAfter(LocalDate.now(clock).plusYears(yearsAhead));
    }
}
