package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.antt.certification.CriterionCheck.Mode;

class CriterionCheckTest {

    @Test
    void readsEveryFormOfTheGrammar() {
        assertThat(CriterionCheck.parse("MANUAL")).isEqualTo(new CriterionCheck(true, Mode.NONE, List.of()));

        CriterionCheck computed = CriterionCheck.parse("COMPUTED:RESIDENTIAL_AREAS_RECOGNIZED_PCT>=70");
        assertThat(computed.manual()).isFalse();
        assertThat(computed.decides()).isTrue();
        assertThat(computed.rules()).containsExactly(
                new CriterionCheck.Rule(Metric.RESIDENTIAL_AREAS_RECOGNIZED_PCT, new BigDecimal("70")));

        CriterionCheck both = CriterionCheck.parse("COMPUTED:SUBJECTS_REGISTERED_PCT>=100;SUBJECTS_RECOGNIZED_PCT>=70");
        assertThat(both.rules()).extracting(CriterionCheck.Rule::metric)
                .containsExactly(Metric.SUBJECTS_REGISTERED_PCT, Metric.SUBJECTS_RECOGNIZED_PCT);

        assertThat(CriterionCheck.parse("MANUAL+COMPUTED:EFFECTIVE_MODELS>=1").manual()).isTrue();
        CriterionCheck hint = CriterionCheck.parse("MANUAL+HINT:ORGANIZATION_MODELS>=1");
        assertThat(hint.mode()).isEqualTo(Mode.HINT);
        assertThat(hint.decides()).isFalse();
    }

    @Test
    void refusesWhatIsNotInTheGrammar() {
        for (String wrong : new String[] {"", "manual", "COMPUTED:", "COMPUTED:UNKNOWN>=1", "HINT:EFFECTIVE_MODELS>=1",
                "COMPUTED:EFFECTIVE_MODELS>1", "COMPUTED:EFFECTIVE_MODELS>=x"}) {
            assertThatThrownBy(() -> CriterionCheck.parse(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theSeventyPercentRuleOfACommune() {
        CriterionCheck.Rule rule = CriterionCheck.parse("COMPUTED:RESIDENTIAL_AREAS_RECOGNIZED_PCT>=70").rules().get(0);

        Figure sixteen = new Figure(Metric.RESIDENTIAL_AREAS_RECOGNIZED_PCT, 16, 25);
        assertThat(sixteen.value()).isEqualByComparingTo("64.0");
        assertThat(rule.holds(sixteen)).isFalse();
        assertThat(sixteen.minimumPart(rule.atLeast())).isEqualTo(18);

        Figure eighteen = new Figure(Metric.RESIDENTIAL_AREAS_RECOGNIZED_PCT, 18, 25);
        assertThat(eighteen.value()).isEqualByComparingTo("72.0");
        assertThat(rule.holds(eighteen)).isTrue();

        assertThat(rule.holds(new Figure(Metric.RESIDENTIAL_AREAS_RECOGNIZED_PCT, 7, 10))).isTrue();
        assertThat(rule.holds(new Figure(Metric.RESIDENTIAL_AREAS_RECOGNIZED_PCT, 0, 0))).isFalse();
        assertThat(new Figure(Metric.RESIDENTIAL_AREAS_RECOGNIZED_PCT, 2, 3).value()).isEqualByComparingTo("66.7");
    }

    @Test
    void countsCompareAsCounts() {
        CriterionCheck.Rule rule = CriterionCheck.parse("MANUAL+COMPUTED:EFFECTIVE_MODELS>=1").rules().get(0);
        assertThat(rule.holds(Figure.count(Metric.EFFECTIVE_MODELS, 0))).isFalse();
        assertThat(rule.holds(Figure.count(Metric.EFFECTIVE_MODELS, 2))).isTrue();
    }
}
