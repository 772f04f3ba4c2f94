package vn.antt.infrastructure.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page knows of its request: the year the user is looking at, its own address, its address without page
 * number. A page whose address holds its year ({@code /years/{year}/roster}) shows that year; a page of a record of
 * one year (a dossier, a decision) shows the record's ({@link YearSelection#showing}); otherwise a {@code ?year=} on
 * any page selects the year, and it stays selected for the session; without one, the current year. The selector
 * offers the evaluation years there are, and always the year the page shows.
 */
@ControllerAdvice
class YearSelectionAdvice {

    static final String SESSION_KEY = "antt.selectedYear";

    private final CurrentYear currentYear;

    YearSelectionAdvice(CurrentYear currentYear) {
        this.currentYear = currentYear;
    }

    @ModelAttribute("selectedYear")
    int selectedYear(@PathVariable(name = "year", required = false) String pageYear,
                     @RequestParam(name = "year", required = false) String year, HttpSession session) {
        Integer shown = parse(pageYear);
        Integer requested = shown != null ? shown : parse(year);
        if (requested != null) {
            remember(session, requested);
            return requested;
        }
        return session.getAttribute(SESSION_KEY) instanceof Integer stored ? stored : currentYear.get();
    }

    /**
     * The address pattern of a page whose address holds its year ({@code /years/{year}}), so that choosing another
     * year goes to the same page of that year; null for other pages.
     */
    @ModelAttribute("yearPath")
    String yearPath(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                && pattern.contains("{year}") && "GET".equals(request.getMethod()) ? pattern : null;
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

    /** The evaluation years there are (the calendar year before the first), with the year the page shows. */
    @ModelAttribute("selectableYears")
    List<Integer> selectableYears(@ModelAttribute("selectedYear") int selectedYear) {
        List<Integer> years = new ArrayList<>(currentYear.existing());
        if (years.isEmpty()) {
            years.add(currentYear.calendarYear());
        }
        return YearSelection.including(years, selectedYear);
    }

    /** A year the records may hold, or null for anything else typed into the address bar. */
    private Integer parse(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year);
        return value >= CurrentYear.FIRST_YEAR && value <= currentYear.calendarYear() + 1 ? value : null;
    }

    /** Writes the year into the session only when it changes: every write is a database statement (Spring Session). */
    static void remember(HttpSession session, int year) {
        if (!(session.getAttribute(SESSION_KEY) instanceof Integer stored) || stored != year) {
            session.setAttribute(SESSION_KEY, year);
        }
    }
}
