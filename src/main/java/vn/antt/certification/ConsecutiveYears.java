package vn.antt.certification;

import java.util.Map;

/**
 * "Đạt chuẩn N năm liên tục": the closed years a unit was recognised in, counted back from the last closed year,
 * until a year it was not (refused, revoked, not proposed, or without a dossier). Open years do not count yet.
 */
public final class ConsecutiveYears {

    private ConsecutiveYears() {
    }

    /**
     * @param states         the unit's dossier state per year (years without a dossier absent)
     * @param lastClosedYear the latest closed evaluation year, or null when none is closed
     */
    public static int count(Map<Integer, DossierState> states, Integer lastClosedYear) {
        if (lastClosedYear == null) {
            return 0;
        }
        int count = 0;
        for (int year = lastClosedYear; states.get(year) == DossierState.RECOGNIZED; year--) {
            count++;
        }
        return count;
    }
}
