package vn.antt.modulecheck.towns;

/** A module's API type. */
public record Town(String name) {
}
