package vn.antt.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A metric's value for a subject and year: a count, or a share {@code part/whole} in percent with one decimal, as
 * the page shows it ("16/25 = 64,0%").
 */
public record Figure(Metric metric, long part, long whole) {

    public static Figure count(Metric metric, long value) {
        return new Figure(metric, value, 0);
    }

    /** The percentage (one decimal, half up) for a share, the count otherwise; a share of nothing is 0%. */
    public BigDecimal value() {
        if (!metric.isPercentage()) {
            return BigDecimal.valueOf(part);
        }
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** For a share: the least part that reaches {@code atLeast} percent of the whole (70% of 25 → 18). */
    public long minimumPart(BigDecimal atLeast) {
        return atLeast.multiply(BigDecimal.valueOf(whole)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .longValueExact();
    }
}
