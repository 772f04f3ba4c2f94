package vn.antt.commendation;

/** A commendation of {@code year} was recorded, changed or deleted (a closed year's section III follows it). */
public record CommendationsChanged(int year) {
}
