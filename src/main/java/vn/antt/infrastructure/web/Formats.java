package vn.antt.infrastructure.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import vn.antt.infrastructure.TimeConfiguration;

/** Dates and times as officers write them, in Vietnam time ({@code ${@formats.dateTime(x)}}). */
@Component("formats")
public class Formats {

    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TimeConfiguration.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A share in percent with one decimal and a decimal comma, as Vietnamese documents print it: "64,0". */
    public String pct(BigDecimal value) {
        return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
