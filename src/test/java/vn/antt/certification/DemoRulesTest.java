package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.antt.certification.internal.CriterionRepository;
import vn.antt.certification.internal.DossierRepository;
import vn.antt.support.AnttIntegrationTest;

/**
 * The demo data keeps the rules the app applies (issue 13 §6): every unit recognised in it meets each computed
 * criterion of its year as the app computes it today (the deciding ones and the hints alike: an organization
 * recognised under TT 23/2012 hosts the self-managed model its criterion 7.2 asks for), the Hội nghị tổng kết comes
 * after the commendations handed out at it, and the movement's names are written as the press writes them.
 */
@AnttIntegrationTest
class DemoRulesTest {

    /** Rows the demo's migrations inserted, not those other tests add to the shared database later. */
    private static final String DEMO_ROWS = "d.created_at <= (select max(installed_on) from flyway_schema_history)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    CriterionRepository criteria;

    @Autowired
    DossierService service;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyRecognisedUnitMeetsTheComputedCriteriaOfItsYear() {
        List<Map<String, Object>> pairs = jdbc.queryForList("""
                select d.id as dossier, k.id as criterion
                from dossier d join evaluation_year y on y.id = d.year_id
                left join organization o on o.id = d.organization_id
                join criterion k on k.set_id = y.criteria_set_id and k.subject_kind = case d.subject_kind
                    when 'ORGANIZATION' then case o.kind when 'SCHOOL' then 'SCHOOL' else 'AGENCY_ENTERPRISE' end
                    else d.subject_kind end
                where d.state = 'RECOGNIZED' and k.check_rule like '%:%' and\s""" + DEMO_ROWS);
        assertThat(pairs).as("the demo's recognised units with a computed criterion").hasSizeGreaterThan(200);
        List<String> failures = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (Map<String, Object> pair : pairs) {
                Dossier dossier = dossiers.findById(((Number) pair.get("dossier")).longValue()).orElseThrow();
                Criterion criterion = criteria.findById(((Number) pair.get("criterion")).longValue()).orElseThrow();
                for (CriterionCheck.Rule rule : criterion.check().rules()) {
                    Figure figure = service.figure(dossier, rule);
                    if (!rule.holds(figure)) {
                        failures.add(dossier.getYear().getYear() + " " + dossier.getSubjectKind() + " #"
                                + dossier.getId() + " " + rule.metric() + " = " + figure.value());
                    }
                }
            }
        });
        assertThat(failures).as("recognised units failing a computed criterion").isEmpty();
    }

    @Test
    void theReviewConferenceComesAfterTheAwardsHandedOutAtIt() {
        // the town's own commendations of a year are handed out at its Hội nghị tổng kết
        assertThat(jdbc.queryForList("""
                select e.year || ' ' || c.decision_number from movement_event e
                join commendation c on c.year = e.year
                join commendation_issuer i on i.id = c.issuer_id and i.code = 'CT_UBND_TX'
                where e.kind = 'REVIEW_CONFERENCE' and e.commune_id is null and c.decision_date > e.held_on""",
                String.class)).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from movement_event e join commendation c on c.year = e.year
                join commendation_issuer i on i.id = c.issuer_id and i.code = 'CT_UBND_TX'
                where e.kind = 'REVIEW_CONFERENCE' and e.year = 2022""", Long.class)).isPositive();
    }

    @Test
    void theMovementsNamesAreWrittenAsThePressWritesThem() {
        assertThat(jdbc.queryForList("""
                select name from self_managed_model where name like '%Tuần tra nhân dân%'
                union all select name from model_type where name like '%Tuần tra nhân dân%'""", String.class))
                .isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from self_managed_model where name like 'Tuần tra Nhân dân %'",
                Long.class)).isPositive();
    }
}
