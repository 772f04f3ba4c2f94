package vn.antt.infrastructure.web;

import java.util.Optional;

/** Tells {@link CurrentYear} the latest open evaluation year; the certification module provides it. */
public interface OpenYears {

    Optional<Integer> latestOpen();
}
