package vn.antt.infrastructure.web;

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
}
