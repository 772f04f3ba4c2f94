package vn.antt.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole, as the reports print it: "27/27 (100,0%)". */
public record Share(long part, long whole) {

    /** The share in percent with one decimal, half up; a share of nothing is 0%. */
    public BigDecimal pct() {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Whether the share reaches a target in percent. */
    public boolean reaches(BigDecimal targetPct) {
        return whole > 0 && BigDecimal.valueOf(part * 100).compareTo(targetPct.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    public Share plus(Share other) {
        return new Share(part + other.part, whole + other.whole);
    }
}
