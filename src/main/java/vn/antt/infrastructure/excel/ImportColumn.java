package vn.antt.infrastructure.excel;

/** A column of an import template: its Vietnamese header (a message key) and whether a row must fill it. */
public record ImportColumn(String headerKey, boolean required) {

    public static ImportColumn required(String headerKey) {
        return new ImportColumn(headerKey, true);
    }

    public static ImportColumn optional(String headerKey) {
        return new ImportColumn(headerKey, false);
    }
}
