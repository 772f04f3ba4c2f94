package vn.antt.certification;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.web.NotFoundException;

/** The administrator's criteria sets: reading them, and correcting a criterion's text. */
@Service
@Transactional
public class CriteriaService {

    private final CriteriaSetRepository sets;
    private final CriterionRepository criteria;
    private final AuditTrail audit;

    CriteriaService(CriteriaSetRepository sets, CriterionRepository criteria, AuditTrail audit) {
        this.sets = sets;
        this.criteria = criteria;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CriteriaSet> sets() {
        return sets.findAllByOrderByEffectiveFromDesc();
    }

    @Transactional(readOnly = true)
    public CriteriaSet set(String code) {
        return sets.findByCode(code).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<Criterion> criteria(CriteriaSet set) {
        return criteria.findBySetIdOrderByPositionAscIdAsc(set.getId());
    }

    /**
     * Corrects the text of a criterion (the CSVs' wording is not always verified against the official document).
     * Once dossiers exist, a set used by a year with dossiers will be frozen and edits make a new version.
     */
    public void changeText(long id, String text) {
        Criterion criterion = criteria.findById(id).orElseThrow(NotFoundException::new);
        String before = criterion.getText();
        criterion.changeText(text);
        audit.record(AuditAction.CRITERION_CHANGED, criterion.getSet().getCode() + " " + criterion.getArticle() + "."
                + criterion.getClause(), before + " → " + text);
    }
}
