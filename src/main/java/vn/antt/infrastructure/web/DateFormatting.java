package vn.antt.infrastructure.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Dates are typed as dd/MM/yyyy and parsed strictly: 31/02/2023 is an error, not 03/03/2023. */
@Configuration(proxyBeanMethods = false)
class DateFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new StrictDateFormatter());
    }

    static final class StrictDateFormatter implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            try {
                return LocalDate.parse(text.strip(), StrictDates.FORMAT);
            }
            catch (DateTimeParseException ex) {
                throw new ParseException(text, ex.getErrorIndex());
            }
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return StrictDates.FORMAT.format(date);
        }
    }
}
