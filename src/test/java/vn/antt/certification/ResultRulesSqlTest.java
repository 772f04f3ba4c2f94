package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.certification.internal.DossierRepository;
import vn.antt.organization.Organization;
import vn.antt.organization.internal.OrganizationRepository;
import vn.antt.support.AnttIntegrationTest;

/**
 * A unit's result in a year and "đạt chuẩn N năm liên tục" say the same in Java ({@link DossierResult#of},
 * {@link ConsecutiveYears}) and in the SQL of the lists' filters, on units built for the test: every combination of
 * results over the last four closed years, and a dossier in every state and conclusion in a closed and an open year.
 * Rolled back at the end.
 */
@AnttIntegrationTest
@Transactional
class ResultRulesSqlTest {

    private static final List<DossierState> OUTCOMES = List.of(DossierState.RECOGNIZED,
            DossierState.NOT_RECOGNIZED, DossierState.REVOKED);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    DossierRepository dossiers;

    @Test
    void consecutiveYearsInTheOrganizationsFilterAreThoseOfConsecutiveYears() {
        int lastClosed = jdbc.queryForObject("select max(year) from evaluation_year where state = 'CLOSED'",
                Integer.class);
        long commune = jdbc.queryForObject("select id from commune where code = '22567'", Long.class);
        Map<Long, Map<Integer, DossierState>> histories = new HashMap<>();
        // every history over the last four closed years: recognised, refused, revoked or no dossier
        int combinations = (int) Math.pow(OUTCOMES.size() + 1, 4);
        for (int pattern = 0; pattern < combinations; pattern++) {
            long organization = jdbc.queryForObject("""
                    insert into organization (name, kind, commune_id) values (?, 'AGENCY', ?) returning id""",
                    Long.class, "Streak test " + pattern, commune);
            Map<Integer, DossierState> history = new HashMap<>();
            int rest = pattern;
            for (int year = lastClosed - 3; year <= lastClosed; year++) {
                int choice = rest % (OUTCOMES.size() + 1);
                rest /= OUTCOMES.size() + 1;
                if (choice < OUTCOMES.size()) {
                    history.put(year, OUTCOMES.get(choice));
                    jdbc.update("""
                            insert into dossier (year_id, subject_kind, organization_id, acting_commune_id,
                                                 located_commune_id, state, imported)
                            select id, 'ORGANIZATION', ?, ?, ?, ?, true from evaluation_year where year = ?""",
                            organization, commune, commune, OUTCOMES.get(choice).name(), year);
                }
            }
            histories.put(organization, history);
        }
        for (long streak = 1; streak <= 4; streak++) {
            Set<Long> sql = organizations.search(commune, null, true, false, "%streak test%", streak,
                    PageRequest.of(0, 1000)).stream().map(Organization::getId).collect(Collectors.toSet());
            long atLeast = streak;
            Set<Long> java = histories.entrySet().stream()
                    .filter(e -> ConsecutiveYears.count(e.getValue(), lastClosed) >= atLeast)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(sql).as("%d năm liên tục", streak).isEqualTo(java);
        }
    }

    @Test
    void theResultFilterOfTheDossierListIsTheResultOfADossier() {
        long commune = jdbc.queryForObject("select id from commune where code = '22567'", Long.class);
        List<Map<String, Object>> years = jdbc.queryForList("""
                (select year, state from evaluation_year where state = 'CLOSED' order by year desc limit 1)
                union all (select year, state from evaluation_year where state = 'OPEN' order by year desc limit 1)""");
        assertThat(years).hasSize(2);
        Map<Long, DossierResult> expected = new HashMap<>();
        List<Integer> yearsUsed = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> year : years) {
            int y = ((Number) year.get("year")).intValue();
            boolean open = "OPEN".equals(year.get("state"));
            yearsUsed.add(y);
            for (DossierState state : DossierState.values()) {
                for (Boolean met : new Boolean[] {null, true, false}) {
                    long organization = jdbc.queryForObject("""
                            insert into organization (name, kind, commune_id) values (?, 'SCHOOL', ?) returning id""",
                            Long.class, "Result test " + n++, commune);
                    long dossier = jdbc.queryForObject("""
                            insert into dossier (year_id, subject_kind, organization_id, acting_commune_id,
                                                 located_commune_id, state, conclusion_met)
                            select id, 'ORGANIZATION', ?, ?, ?, ?, ? from evaluation_year where year = ?
                            returning id""", Long.class, organization, commune, commune, state.name(), met, y);
                    expected.put(dossier, DossierResult.of(state, met, open));
                }
            }
        }
        for (int year : yearsUsed) {
            for (DossierResult result : DossierResult.values()) {
                Set<Long> sql = new HashSet<>(dossiers.search(year, commune, null, SubjectKind.ORGANIZATION,
                        result.name(), PageRequest.of(0, 5000)).stream().map(Dossier::getId)
                        .filter(expected::containsKey).toList());
                Set<Long> java = expected.entrySet().stream().filter(e -> e.getValue() == result)
                        .map(Map.Entry::getKey).filter(id -> jdbc.queryForObject("""
                                select y.year from dossier d join evaluation_year y on y.id = d.year_id
                                where d.id = ?""", Integer.class, id) == year).collect(Collectors.toSet());
                assertThat(sql).as("%s in %d", result, year).isEqualTo(java);
            }
        }
    }
}
