package vn.antt.territory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.antt.infrastructure.excel.RowCheck;
import vn.antt.infrastructure.security.CurrentUser;

/**
 * The commune an imported row names, by its code ("22567", or "22567 — Phường Ninh Thủy" as the template lists it),
 * checked against the importing user's scope. One per import run: it remembers the codes it has looked up.
 */
public final class ImportedCommunes {

    private final CommuneService communes;
    private final CurrentUser user;
    private final int year;
    private final Map<String, Optional<Commune>> byCode = new HashMap<>();

    public ImportedCommunes(CommuneService communes, CurrentUser user, int year) {
        this.communes = communes;
        this.user = user;
        this.year = year;
    }

    /** For records the district keeps about every commune (e.g. yearly results): no commune is another's. */
    public static ImportedCommunes ofDistrict(CommuneService communes, int year) {
        return new ImportedCommunes(communes, null, year);
    }

    /** Every commune of the district, as the template's list of allowed values shows them. */
    public static List<String> choicesOfDistrict(CommuneService communes) {
        return communes.allOfDistrict().stream().map(c -> c.getCode() + " — " + c.getName()).toList();
    }

    /** The communes the user may import rows for, as the template's list of allowed values shows them. */
    public static List<String> choices(CommuneService communes, CurrentUser user) {
        return communes.allOfDistrict().stream().filter(c -> CommuneAccess.mayEdit(user, c.getId()))
                .map(c -> c.getCode() + " — " + c.getName()).toList();
    }

    /** The row's commune, or null with the problem recorded on the check. */
    public Commune resolve(RowCheck check, String column) {
        String cell = check.requiredText(column, 300);
        if (cell == null) {
            return null;
        }
        int dash = cell.indexOf(" —");
        String code = (dash > 0 ? cell.substring(0, dash) : cell).strip();
        Commune commune = byCode.computeIfAbsent(code, c -> communes.byCode(c, year)).orElse(null);
        if (commune == null) {
            check.problem(column, "import.communeUnknown", cell);
            return null;
        }
        if (user != null && !CommuneAccess.mayEdit(user, commune.getId())) {
            check.problem(column, "import.otherCommune", commune.getName());
            return null;
        }
        return commune;
    }
}
