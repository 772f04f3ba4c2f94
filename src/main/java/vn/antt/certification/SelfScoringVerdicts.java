package vn.antt.certification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the self-scoring sheet prints in its "Tự đánh giá" column, one verdict per criterion, so that a computed
 * criterion never shows "Đạt" beside a figure that fails, nor the total disagree with the rows: a criterion whose rules
 * decide it is met when every figure holds (and, when it is also assessed by hand, the unit said so); any other
 * criterion is what the unit assessed. Null: not assessed yet.
 */
public final class SelfScoringVerdicts {

    private SelfScoringVerdicts() {
    }

    /** The verdict of each criterion by its id, from the figures the sheet shows beside it. */
    public static Map<Long, Boolean> of(List<DossierAssessment> assessments, Map<Long, List<ShownFigure>> figures) {
        Map<Long, Boolean> verdicts = new HashMap<>();
        for (DossierAssessment assessment : assessments) {
            Criterion criterion = assessment.getCriterion();
            verdicts.put(criterion.getId(), verdict(criterion.check(), assessment.getSelfMet(),
                    figures.getOrDefault(criterion.getId(), List.of())));
        }
        return verdicts;
    }

    static Boolean verdict(CriterionCheck check, Boolean selfMet, List<ShownFigure> shown) {
        if (!check.decides()) {
            return selfMet;
        }
        boolean hold = shown.size() == check.rules().size();
        for (int i = 0; hold && i < shown.size(); i++) {
            hold = check.rules().get(i).holds(shown.get(i).figure());
        }
        if (!hold) {
            return false;
        }
        return check.manual() ? selfMet : Boolean.TRUE;
    }
}
