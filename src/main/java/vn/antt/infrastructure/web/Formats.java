package vn.antt.infrastructure.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * The date line of an official document (Nghị định 30/2020): "Ninh Hòa, ngày 05 tháng 01 năm 2023", the day
     * below 10 and the months January and February written with a leading zero; blanks to fill by hand without a
     * date.
     */
    public String placeDate(String place, LocalDate date) {
        if (date == null) {
            String blank = "\u00a0".repeat(6);
            return place + ", ngày" + blank + " tháng" + blank + " năm" + blank;
        }
        String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + month + " năm "
                + date.getYear();
    }

    /** A share in percent with one decimal and a decimal comma, as Vietnamese documents print it: "64,0". */
    public String pct(BigDecimal value) {
        return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
