package vn.antt.infrastructure.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.springframework.ui.Model;

/**
 * The year selector of a page that shows a record of one year (a dossier, a decision): it shows that year, which
 * becomes the session's year, and choosing another year leads to the list of that year.
 */
public final class YearSelection {

    private YearSelection() {
    }

    /**
     * @param listPath where choosing another year leads, e.g. {@code /dossiers}
     */
    public static void showing(int year, String listPath, Model model, HttpSession session) {
        YearSelectionAdvice.remember(session, year);
        model.addAttribute("selectedYear", year);
        model.addAttribute("yearPath", listPath);
        @SuppressWarnings("unchecked")
        List<Integer> offered = (List<Integer>) model.getAttribute("selectableYears");
        model.addAttribute("selectableYears", including(offered == null ? List.of() : offered, year));
    }

    /** The years, with {@code year} among them, latest first. */
    static List<Integer> including(List<Integer> years, int year) {
        List<Integer> all = new ArrayList<>(years);
        if (!all.contains(year)) {
            all.add(year);
        }
        all.sort(Comparator.reverseOrder());
        return List.copyOf(all);
    }
}
