package vn.antt.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Tiêu chí: one clause of a criteria set, with how it is checked. */
@Entity
public class Criterion extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    private CriteriaSet set;

    @Enumerated(EnumType.STRING)
    private CriteriaSubject subjectKind;

    private int article;

    private int clause;

    private String text;

    @Column(name = "check_rule")
    private String checkRule;

    /** How sure we are of the text: verified / partial / unverified against the official document. */
    private String wording;

    private int position;

    protected Criterion() {
    }

    /** The same criterion in a new version of its set. */
    Criterion copyInto(CriteriaSet version) {
        Criterion copy = new Criterion();
        copy.set = version;
        copy.subjectKind = subjectKind;
        copy.article = article;
        copy.clause = clause;
        copy.text = text;
        copy.checkRule = checkRule;
        copy.wording = wording;
        copy.position = position;
        return copy;
    }

    public CriterionCheck check() {
        return CriterionCheck.parse(checkRule);
    }

    void changeText(String text) {
        this.text = text;
    }

    public CriteriaSet getSet() {
        return set;
    }

    public CriteriaSubject getSubjectKind() {
        return subjectKind;
    }

    public int getArticle() {
        return article;
    }

    public int getClause() {
        return clause;
    }

    public String getText() {
        return text;
    }

    /** The text a printed sheet shows: without the working note, null for a placeholder (see {@link CriterionText}). */
    public String printedText() {
        return CriterionText.printed(text);
    }

    public String getCheckRule() {
        return checkRule;
    }

    public String getWording() {
        return wording;
    }

    public int getPosition() {
        return position;
    }
}
