package vn.antt.overview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.certification.ConsecutiveYears;
import vn.antt.certification.DossierResult;
import vn.antt.certification.DossierState;
import vn.antt.certification.KnownYears;

/**
 * The multi-year record of a commune, khu dân cư, organization or model: per year its result and decision, its
 * commendations and (models) its assessment, and "đạt chuẩn N năm liên tục". The pages of every module show it
 * through the fragment {@code overview/record}, which reads it as {@code ${@unitRecords.of(kind, id)}}.
 */
@Component("unitRecords")
@Transactional(readOnly = true)
public class UnitRecords {

    /** One year of the record. {@code state} is null without a dossier. */
    public record Row(int year, boolean closed, String state, Boolean conclusionMet, boolean imported,
                      String decision, List<Award> commendations, String quality) {

        /** The year's result as a message key; null for a unit without results (a model). */
        public String resultKey() {
            if (state == null) {
                return closed ? "record.result.none" : null;
            }
            return DossierResult.of(DossierState.valueOf(state), conclusionMet, !closed).messageKey();
        }
    }

    /** @param lastClosedYear the year the consecutive years are counted back from, or null before any closed year */
    public record Record(List<Row> rows, int consecutive, Integer lastClosedYear) {
    }

    /** A commendation as the record lists it: its form (a code the page translates) and who gave it. */
    public record Award(String form, String issuer) {
    }

    private static final Map<String, String> DOSSIER_COLUMN = Map.of(
            "COMMUNE", "commune_id", "RESIDENTIAL_AREA", "residential_area_id", "ORGANIZATION", "organization_id");
    private static final Map<String, String> COMMENDATION_COLUMN = Map.of(
            "COMMUNE", "commune_id", "RESIDENTIAL_AREA", "residential_area_id", "ORGANIZATION", "organization_id",
            "MODEL", "model_id");

    private final JdbcClient jdbc;
    private final KnownYears knownYears;

    UnitRecords(JdbcClient jdbc, KnownYears knownYears) {
        this.jdbc = jdbc;
        this.knownYears = knownYears;
    }

    /** The record of a unit: kind COMMUNE, RESIDENTIAL_AREA, ORGANIZATION or MODEL. */
    public Record of(String kind, long id) {
        Map<Integer, Boolean> closedYears = new HashMap<>();
        TreeMap<Integer, Map<String, Object>> dossiers = new TreeMap<>();
        String dossierColumn = DOSSIER_COLUMN.get(kind);
        if (dossierColumn != null) {
            // every evaluation year with the unit's dossier of it, if any (one a year), in one statement
            jdbc.sql("""
                    select y.year, y.state as year_state, d.state, d.conclusion_met, d.imported,
                           coalesce(r.number || coalesce(' — ' || to_char(r.signed_on, 'DD/MM/YYYY'), ''),
                                    d.imported_decision_number
                                    || coalesce(' — ' || to_char(d.imported_decision_date, 'DD/MM/YYYY'), '')) as decision
                    from evaluation_year y
                    left join dossier d on d.year_id = y.id and d.""" + dossierColumn + """
                     = :id
                    left join recognition_decision r on r.id = d.decision_id and r.state = 'ISSUED'""")
                    .param("id", id).query().listOfRows().forEach(r -> {
                        int year = ((Number) r.get("year")).intValue();
                        closedYears.put(year, "CLOSED".equals(r.get("year_state")));
                        if (r.get("state") != null) {
                            dossiers.put(year, r);
                        }
                    });
        }
        else {
            knownYears.all().forEach(y -> closedYears.put(y.year(), y.isClosed()));
        }
        Map<Integer, List<Award>> commendations = new TreeMap<>();
        String commendationColumn = COMMENDATION_COLUMN.get(kind);
        jdbc.sql("""
                select c.year, c.form, i.name as issuer from commendation c join commendation_issuer i on i.id = c.issuer_id
                where c.""" + commendationColumn + """
                 = :id and c.recipient_kind = :kind order by c.year, i.position, c.id""")
                .param("id", id).param("kind", kind).query().listOfRows()
                .forEach(r -> commendations.computeIfAbsent(((Number) r.get("year")).intValue(), y -> new ArrayList<>())
                        .add(new Award((String) r.get("form"), (String) r.get("issuer"))));
        Map<Integer, String> qualities = new HashMap<>();
        if ("MODEL".equals(kind)) {
            jdbc.sql("select year, quality from model_assessment where model_id = :id").param("id", id).query()
                    .listOfRows().forEach(r -> qualities.put(((Number) r.get("year")).intValue(),
                            (String) r.get("quality")));
        }

        TreeMap<Integer, Boolean> years = new TreeMap<>();
        if (dossierColumn != null) {
            closedYears.forEach(years::put);
        }
        dossiers.keySet().forEach(y -> years.putIfAbsent(y, closedYears.getOrDefault(y, true)));
        commendations.keySet().forEach(y -> years.putIfAbsent(y, closedYears.getOrDefault(y, true)));
        qualities.keySet().forEach(y -> years.putIfAbsent(y, closedYears.getOrDefault(y, true)));

        List<Row> rows = new ArrayList<>();
        Map<Integer, DossierState> states = new HashMap<>();
        for (Map.Entry<Integer, Boolean> year : years.descendingMap().entrySet()) {
            Map<String, Object> dossier = dossiers.get(year.getKey());
            String state = dossier == null ? null : (String) dossier.get("state");
            if (state != null) {
                states.put(year.getKey(), DossierState.valueOf(state));
            }
            rows.add(new Row(year.getKey(), year.getValue(), state,
                    dossier == null ? null : (Boolean) dossier.get("conclusion_met"),
                    dossier != null && Boolean.TRUE.equals(dossier.get("imported")),
                    dossier == null ? null : (String) dossier.get("decision"),
                    commendations.getOrDefault(year.getKey(), List.of()), qualities.get(year.getKey())));
        }
        Integer lastClosed = closedYears.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .max(Integer::compare).orElse(null);
        return new Record(rows, dossierColumn == null ? 0 : ConsecutiveYears.count(states, lastClosed), lastClosed);
    }
}
