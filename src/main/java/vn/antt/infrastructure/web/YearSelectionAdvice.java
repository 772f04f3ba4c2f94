package vn.antt.infrastructure.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page knows of its request: the year the user is looking at, its own address, its address without page
 * number. A {@code ?year=} on any page selects the year, and it stays selected for the session;
 * without one, the current year.
 */
@ControllerAdvice
class YearSelectionAdvice {

    static final String SESSION_KEY = "antt.selectedYear";

    private final CurrentYear currentYear;

    YearSelectionAdvice(CurrentYear currentYear) {
        this.currentYear = currentYear;
    }

    @ModelAttribute("selectedYear")
    int selectedYear(@RequestParam(name = "year", required = false) String year, HttpSession session) {
        Integer requested = parse(year);
        if (requested != null) {
            session.setAttribute(SESSION_KEY, requested);
            return requested;
        }
        return session.getAttribute(SESSION_KEY) instanceof Integer stored ? stored : currentYear.get();
    }

    /** The page's own path, where the year selector sends the chosen year. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The page's address without its page number, for the links to other pages of a list. */
    @ModelAttribute("pageBase")
    String pageBase(HttpServletRequest request) {
        String query = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page").build().getQuery();
        return currentPath(request) + (query == null ? "" : "?" + query);
    }

    /** The page's other query parameters, which the year selector sends along so that filters stay as they are. */
    @ModelAttribute("carriedParams")
    List<Map.Entry<String, String>> carriedParams(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            // a re-shown form: its fields (passwords among them) stay in the form, never in the year selector
            return List.of();
        }
        return request.getParameterMap().entrySet().stream()
                .filter(entry -> !List.of("year", "page", "_csrf").contains(entry.getKey()))
                .flatMap(entry -> Arrays.stream(entry.getValue())
                        .map(value -> Map.entry(entry.getKey(), value == null ? "" : value)))
                .toList();
    }

    @ModelAttribute("selectableYears")
    List<Integer> selectableYears() {
        return IntStream.rangeClosed(CurrentYear.FIRST_YEAR, currentYear.calendarYear() + 1).boxed()
                .sorted((a, b) -> b - a).toList();
    }

    /** A year the selector offers, or null for anything else typed into the address bar. */
    private Integer parse(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year);
        return value >= CurrentYear.FIRST_YEAR && value <= currentYear.calendarYear() + 1 ? value : null;
    }
}
