package vn.antt.certification;

/**
 * An evaluation year was closed (or created closed by an import of earlier results): what is shown for it is kept as
 * it is now. Published inside the closing transaction; listeners keep their part in it.
 */
public record YearClosed(int year, long yearId) {
}
