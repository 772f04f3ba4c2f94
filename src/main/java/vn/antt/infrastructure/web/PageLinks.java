package vn.antt.infrastructure.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to another page of the list being shown, keeping its search and filters ({@code ${@pageLinks.to(2)}}). */
@Component("pageLinks")
public class PageLinks {

    /** The current address with {@code page} (one-based, as users see it) replaced. */
    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", Math.max(page, 1))
                .build().toUriString();
    }
}
