package vn.antt.overview;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Tổng quan: the home page (the year's dashboard comes with the certification work). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "overview/home";
    }
}
