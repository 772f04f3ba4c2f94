package vn.antt.infrastructure.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The year selector of a page bound to one year: the chosen year (already the session's, through
 * {@link YearSelectionAdvice}) on the same page of that year, or on the list the page belongs to.
 */
@Controller
class YearSelectorController {

    @GetMapping("/select-year")
    String select(@ModelAttribute("selectedYear") int year, @RequestParam(required = false) String to) {
        if (to == null || !to.matches("/[A-Za-z0-9_./{}-]*") || to.startsWith("//")) {
            return "redirect:/";
        }
        return "redirect:" + (to.contains("{year}") ? to.replace("{year}", String.valueOf(year)) : to);
    }
}
