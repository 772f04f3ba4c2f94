package vn.antt.certification;

/**
 * Results of a closed year were brought in from earlier records: what is kept for that year is taken again from the
 * dossiers and the registry as they now are (the import restates the year).
 */
public record YearRestated(int year) {
}
