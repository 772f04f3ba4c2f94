package vn.antt.infrastructure.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Lists whose order is fixed by their query take only the page from the address, never a "?sort=" typed in it. */
public final class Pages {

    private Pages() {
    }

    public static Pageable unsorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
    }
}
