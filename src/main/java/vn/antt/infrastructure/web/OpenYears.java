package vn.antt.infrastructure.web;

import java.util.List;
import java.util.Optional;

/**
 * Tells {@link CurrentYear} the latest open evaluation year, and the year selector the evaluation years there are;
 * the certification module provides it.
 */
public interface OpenYears {

    Optional<Integer> latestOpen();

    /** Every evaluation year, open or closed, latest first. */
    List<Integer> existing();
}
