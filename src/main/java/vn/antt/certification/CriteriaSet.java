package vn.antt.certification;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import vn.antt.infrastructure.persistence.AuditedEntity;

/** Bộ tiêu chí: a legal basis, e.g. "Thông tư 23/2012/TT-BCA", with its criteria. */
@Entity
public class CriteriaSet extends AuditedEntity {

    private String code;

    private String title;

    private LocalDate effectiveFrom;

    /** The last day it was in force; null while it still is. */
    private LocalDate effectiveTo;

    /** The act that replaced it, e.g. "Thông tư 124/2021/TT-BCA". */
    private String replacedBy;

    /** The act as a "Căn cứ" line of a decision cites it (number, date, issuer, subject); null when not known. */
    private String citation;

    /** The set this one is a new version of, when it was made by editing a frozen set. */
    @ManyToOne(fetch = FetchType.LAZY)
    private CriteriaSet basedOn;

    protected CriteriaSet() {
    }

    /** A new version of this set, to edit while this one stays as the dossiers that used it saw it. */
    CriteriaSet newVersion(int number) {
        CriteriaSet version = new CriteriaSet();
        version.code = rootCode() + "_V" + number;
        version.title = rootTitle() + " (bản sửa đổi " + number + ")";
        version.effectiveFrom = effectiveFrom;
        version.effectiveTo = effectiveTo;
        version.replacedBy = replacedBy;
        version.citation = citation;
        version.basedOn = this;
        return version;
    }

    /** The code of the first version ("TT23_2012" for "TT23_2012_V3"). */
    String rootCode() {
        return code.replaceFirst("_V\\d+$", "");
    }

    private String rootTitle() {
        return title.replaceFirst(" \\(bản sửa đổi \\d+\\)$", "");
    }

    public CriteriaSet getBasedOn() {
        return basedOn;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    /** Whether the set was no longer in force on 1 January of the year: a year judged on it needs confirming. */
    public boolean replacedBefore(int year) {
        return effectiveTo != null && effectiveTo.isBefore(LocalDate.of(year, 1, 1));
    }

    /** Whether the set was not yet in force in any day of the year. */
    public boolean notYetInForceIn(int year) {
        return effectiveFrom != null && effectiveFrom.getYear() > year;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public String getCitation() {
        return citation;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }
}
