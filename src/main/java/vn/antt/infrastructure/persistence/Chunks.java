package vn.antt.infrastructure.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Walks a paged query a chunk at a time, so that an export of a national list never loads it whole. */
public final class Chunks {

    private static final int SIZE = 500;

    private Chunks() {
    }

    public static <T> void forEach(Function<Pageable, Page<T>> query, Sort sort, Consumer<T> sink) {
        Pageable chunk = PageRequest.of(0, SIZE, sort);
        Page<T> page;
        do {
            page = query.apply(chunk);
            page.forEach(sink);
            chunk = chunk.next();
        }
        while (page.hasNext());
    }
}
