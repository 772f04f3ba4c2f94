package vn.antt.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A list's filters as its page's address carries them ({@code ?q=…&kind=…}, without the page number), for the links
 * that must keep them — the Excel export first: {@code @{${'/organizations.xlsx' + listQuery}}}. The list and its
 * export bind the same parameters into the same filter object, so the export holds exactly the rows the list shows.
 */
@ControllerAdvice
class ListQueryAdvice {

    @ModelAttribute("listQuery")
    String listQuery(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() == null) {
            return "";
        }
        String query = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page")
                .replaceQueryParam("size").build().getQuery();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }
}
