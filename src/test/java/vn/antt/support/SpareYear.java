package vn.antt.support;

import java.math.BigDecimal;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.certification.EvaluationYear;
import vn.antt.certification.EvaluationYears;
import vn.antt.certification.KnownYears;
import vn.antt.infrastructure.security.CurrentUser;

/**
 * An evaluation year opened for one test and removed with everything made in it afterwards, so that the year stays
 * free (2024 and 2025 must stay unopened between tests: YearsWithinReasonTest). Audit lines stay, as they would.
 */
public final class SpareYear {

    public static final int YEAR = 2024;

    private SpareYear() {
    }

    /** Opens {@link #YEAR} on the criteria of the demo's open year. */
    public static void open(JdbcTemplate jdbc, EvaluationYears years, CurrentUser steering) {
        long set = jdbc.queryForObject("select criteria_set_id from evaluation_year where year = 2023", Long.class);
        years.open(YEAR, set, new EvaluationYear.Details(BigDecimal.valueOf(95), null, null, null, null), true,
                steering);
    }

    /**
     * Removes {@link #YEAR} with its dossiers, their parts and its roster, and tells the years kept in memory (a year
     * deleted by plain SQL is not seen otherwise).
     */
    public static void remove(JdbcTemplate jdbc, KnownYears knownYears) {
        String year = "(select id from evaluation_year where year = " + YEAR + ")";
        String dossiers = "(select id from dossier where year_id in " + year + ")";
        for (String table : new String[] {"dossier_figure", "dossier_event", "dossier_assessment",
                "dossier_attachment"}) {
            jdbc.update("delete from " + table + " where dossier_id in " + dossiers);
        }
        jdbc.update("delete from dossier where year_id in " + year);
        jdbc.update("delete from roster_entry where year_id in " + year);
        jdbc.update("delete from year_figures where year_id in " + year);
        jdbc.update("delete from evaluation_year where year = " + YEAR);
        knownYears.forget();
    }
}
