package vn.antt.certification;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.antt.certification.internal.CriteriaSetRepository;
import vn.antt.certification.internal.CriterionRepository;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.audit.AuditWords;
import vn.antt.infrastructure.problem.NotFoundException;
import vn.antt.infrastructure.problem.StaleEditException;

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
        return sets.findAllByOrderByEffectiveFromDescIdDesc();
    }

    @Transactional(readOnly = true)
    public CriteriaSet set(String code) {
        return sets.findByCode(code).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<Criterion> criteria(CriteriaSet set) {
        return criteria.findBySetIdOrderByPositionAscIdAsc(set.getId());
    }

    /** Whether the set is frozen: a year that uses it has dossiers. */
    @Transactional(readOnly = true)
    public boolean frozen(CriteriaSet set) {
        return sets.usedByDossiers(set.getId());
    }

    /**
     * Corrects the text of a criterion (the CSVs' wording is not always verified against the official document).
     * A set used by a year with dossiers is frozen: the edit then goes into a new version of the whole set, which
     * later years may choose, and the dossiers keep the criteria they were judged on. Returns the set edited.
     */
    public CriteriaSet changeText(long id, long shownVersion, String text) {
        Criterion criterion = criteria.findById(id).orElseThrow(NotFoundException::new);
        if (criterion.getVersion() != shownVersion) {
            throw new StaleEditException();
        }
        CriteriaSet set = criterion.getSet();
        Optional<CriteriaSet> openVersion = sets.findByBasedOnIdOrderByIdDesc(set.getId()).stream()
                .filter(version -> !sets.usedByDossiers(version.getId())).findFirst();
        if (sets.usedByDossiers(set.getId()) && openVersion.isPresent()) {
            // the frozen set already has a version being edited: the correction joins it
            Criterion original = criterion;
            criterion = criteria.findBySetIdOrderByPositionAscIdAsc(openVersion.get().getId()).stream()
                    .filter(c -> c.getSubjectKind() == original.getSubjectKind()
                            && c.getArticle() == original.getArticle() && c.getClause() == original.getClause())
                    .findFirst().orElseThrow(NotFoundException::new);
            set = openVersion.get();
        }
        else if (sets.usedByDossiers(set.getId())) {
            int number = 2;
            while (sets.existsByCode(set.rootCode() + "_V" + number)) {
                number++;
            }
            CriteriaSet version = sets.save(set.newVersion(number));
            Criterion edited = null;
            for (Criterion original : criteria.findBySetIdOrderByPositionAscIdAsc(set.getId())) {
                Criterion copy = criteria.save(original.copyInto(version));
                if (original.getId().equals(criterion.getId())) {
                    edited = copy;
                }
            }
            audit.record(AuditAction.CRITERIA_SET_VERSIONED, version.getTitle(),
                    audit.words().message("criteria.basedOn", set.getTitle()));
            criterion = edited;
            set = version;
        }
        String before = criterion.getText();
        criterion.changeText(text);
        AuditWords words = audit.words();
        audit.record(AuditAction.CRITERION_CHANGED, set.getTitle() + " — " + words.value(criterion.getSubjectKind())
                + " — " + words.message("criteria.articleClause", criterion.getArticle(), criterion.getClause()),
                words.change("criteria.text", words.value(before), words.value(text)));
        return set;
    }
}
