package vn.antt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The layout's year selector as a page renders it: the years it offers and the one it shows. */
public final class YearSelector {

    private YearSelector() {
    }

    public static String selected(String page) {
        Matcher matcher = Pattern.compile("<option value=\"(\\d{4})\" selected=\"selected\">").matcher(select(page));
        assertThat(matcher.find()).as("a selected year").isTrue();
        return matcher.group(1);
    }

    public static List<String> options(String page) {
        Matcher matcher = Pattern.compile("<option value=\"(\\d{4})\"").matcher(select(page));
        List<String> years = new ArrayList<>();
        while (matcher.find()) {
            years.add(matcher.group(1));
        }
        return years;
    }

    private static String select(String page) {
        int start = page.indexOf("id=\"yearSelect\"");
        assertThat(start).as("the year selector").isPositive();
        return page.substring(start, page.indexOf("</select>", start));
    }
}
