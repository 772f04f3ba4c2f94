package vn.antt.certification;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a recognition decision says of the units it recognises (Quyết định công nhận): who they are in its subject
 * line, Điều 1 and Điều 3 ("xã, phường", "cơ quan, doanh nghiệp, nhà trường", "khu dân cư"), and which annex columns
 * carry information — the commune only where it differs from the unit's name, the kind only where the list mixes
 * kinds.
 *
 * @param kinds        the kinds of subject the decision recognises, in the enum's order
 * @param placeColumn  whether the annex shows each unit's xã, phường
 * @param kindColumn   whether the annex shows each unit's kind
 */
public record DecisionWording(Set<SubjectKind> kinds, boolean placeColumn, boolean kindColumn) {

    public static DecisionWording of(List<Dossier> dossiers) {
        Set<SubjectKind> kinds = EnumSet.noneOf(SubjectKind.class);
        dossiers.forEach(d -> kinds.add(d.getSubjectKind()));
        boolean place = dossiers.stream().anyMatch(d -> !Objects.equals(d.placeName(), d.subjectName()));
        long labels = dossiers.stream().map(DecisionWording::kindKey).distinct().count();
        return new DecisionWording(kinds, place, labels > 1);
    }

    /** The message key of the units as a group: "decision.units.COMMUNE" (xã, phường), or "…MIXED" (đơn vị). */
    public String unitsKey() {
        return kinds.size() == 1 ? "decision.units." + kinds.iterator().next() : "decision.units.MIXED";
    }

    /** The message keys of Điều 3's executing heads, one per kind recognised. */
    public List<String> executorKeys() {
        return kinds.stream().map(k -> "decision.executor." + k).toList();
    }

    /** The annex's kind of one unit: an organization's own kind (cơ quan / doanh nghiệp / nhà trường), else its kind. */
    public String kindKeyOf(Dossier dossier) {
        return kindKey(dossier);
    }

    private static String kindKey(Dossier dossier) {
        return dossier.organizationKind() != null ? dossier.organizationKind().messageKey()
                : "dossier.subject." + dossier.getSubjectKind();
    }

}
