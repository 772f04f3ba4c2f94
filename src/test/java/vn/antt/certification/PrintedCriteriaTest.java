package vn.antt.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a self-scoring sheet prints of a criterion, without Spring. */
class PrintedCriteriaTest {

    @Test
    void theWorkingNoteNeverPrintsAndAPlaceholderPrintsAsNothing() {
        assertThat(CriterionText.printed("Kiềm chế, làm giảm tội phạm và tệ nạn xã hội trên địa bàn (nội dung cần đối "
                + "chiếu văn bản gốc)")).isEqualTo("Kiềm chế, làm giảm tội phạm và tệ nạn xã hội trên địa bàn");
        assertThat(CriterionText.printed("Tiêu chí thứ năm theo Điều 4 (nội dung cần đối chiếu văn bản gốc)")).isNull();
        assertThat(CriterionText.printed("Đạt các tiêu chí tại khoản 2, 3, 4 Điều 4"))
                .isEqualTo("Đạt các tiêu chí tại khoản 2, 3, 4 Điều 4");
    }

    @Test
    void aComputedCriterionIsMetOnlyWhenItsFiguresHold() {
        CriterionCheck computed = CriterionCheck.parse("COMPUTED:RESIDENTIAL_AREAS_RECOGNIZED_PCT>=70");
        CriterionCheck both = CriterionCheck.parse("MANUAL+COMPUTED:EFFECTIVE_MODELS>=1");
        CriterionCheck manual = CriterionCheck.parse("MANUAL");
        ShownFigure tenOfTen = ShownFigure.live(new Figure(Metric.RESIDENTIAL_AREAS_RECOGNIZED_PCT, 10, 10));
        ShownFigure sixteenOfTwentyFive = ShownFigure.live(new Figure(Metric.RESIDENTIAL_AREAS_RECOGNIZED_PCT, 16, 25));
        ShownFigure noModel = ShownFigure.live(Figure.count(Metric.EFFECTIVE_MODELS, 0));
        ShownFigure oneModel = ShownFigure.live(Figure.count(Metric.EFFECTIVE_MODELS, 1));

        assertThat(SelfScoringVerdicts.verdict(computed, null, List.of(tenOfTen))).isTrue();
        assertThat(SelfScoringVerdicts.verdict(computed, true, List.of(sixteenOfTwentyFive)))
                .as("64% never prints as met, whatever was ticked").isFalse();
        assertThat(SelfScoringVerdicts.verdict(both, true, List.of(noModel))).isFalse();
        assertThat(SelfScoringVerdicts.verdict(both, true, List.of(oneModel))).isTrue();
        assertThat(SelfScoringVerdicts.verdict(both, null, List.of(oneModel))).as("not assessed yet").isNull();
        assertThat(SelfScoringVerdicts.verdict(manual, false, List.of())).isFalse();
        assertThat(SelfScoringVerdicts.verdict(computed, null, List.of())).as("no figure, not met").isFalse();
    }
}
