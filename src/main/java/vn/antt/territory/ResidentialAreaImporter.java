package vn.antt.territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.antt.infrastructure.excel.CellProblem;
import vn.antt.infrastructure.excel.ImportColumn;
import vn.antt.infrastructure.excel.ImportRow;
import vn.antt.infrastructure.excel.Importer;
import vn.antt.infrastructure.excel.RowCheck;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.territory.internal.ResidentialAreaRepository;

/** Khu dân cư from Excel: one row a thôn or tổ dân phố, its commune by code. */
@Component
class ResidentialAreaImporter implements Importer {

    static final String COMMUNE = "import.communeCode";
    static final String NAME = "area.name";
    static final String KIND = "area.kind";
    static final String HOUSEHOLDS = "area.households";
    static final String HEAD = "area.headName";
    static final String PHONE = "area.headPhone";
    static final String VALID_FROM = "area.validFrom";

    /** The form fields whose rules an imported row answers for, and the column that holds each. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", NAME, "validFrom", VALID_FROM);

    private final ResidentialAreaRepository areas;
    private final AreaRules rules;
    private final CommuneService communes;
    private final MessageSource messages;
    private final Clock clock;

    ResidentialAreaImporter(ResidentialAreaRepository areas, AreaRules rules, CommuneService communes,
                            MessageSource messages, Clock clock) {
        this.areas = areas;
        this.rules = rules;
        this.communes = communes;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "areas";
    }

    @Override
    public String titleKey() {
        return "import.kind.areas";
    }

    @Override
    public boolean allowedFor(CurrentUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.COMMUNE_OFFICER);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(ImportColumn.required(COMMUNE), ImportColumn.required(NAME), ImportColumn.required(KIND),
                ImportColumn.optional(HOUSEHOLDS), ImportColumn.optional(HEAD), ImportColumn.optional(PHONE),
                ImportColumn.optional(VALID_FROM));
    }

    @Override
    public Map<String, List<String>> allowedValues(CurrentUser user) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(KIND, Arrays.stream(ResidentialAreaKind.values()).map(k -> label(k.messageKey())).toList());
        values.put(COMMUNE, ImportedCommunes.choices(communes, user));
        return values;
    }

    @Override
    public Run begin(CurrentUser user) {
        Map<String, ResidentialAreaKind> kinds = new HashMap<>();
        for (ResidentialAreaKind kind : ResidentialAreaKind.values()) {
            kinds.put(label(kind.messageKey()).toLowerCase(Locale.ROOT), kind);
            kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
        }
        LocalDate today = LocalDate.now(clock);
        ImportedCommunes importedCommunes = new ImportedCommunes(communes, user, today.getYear());
        Map<String, Integer> rowByName = new HashMap<>();
        Map<Integer, Commune> communeByRow = new HashMap<>();
        Map<Integer, ResidentialArea.Details> checked = new HashMap<>();
        return new Run() {
            @Override
            public List<CellProblem> check(ImportRow row) {
                RowCheck check = new RowCheck(row);
                Commune commune = importedCommunes.resolve(check, COMMUNE);
                String name = check.requiredText(NAME, 255);
                String kindText = check.requiredText(KIND, 50);
                ResidentialAreaKind kind = kindText == null ? null : kinds.get(kindText.toLowerCase(Locale.ROOT));
                if (kindText != null && kind == null) {
                    check.problem(KIND, "import.area.kindUnknown");
                }
                if (name != null && commune != null) {
                    Integer first = rowByName.putIfAbsent(commune.getId() + "|" + name.toLowerCase(Locale.ROOT),
                            row.number());
                    if (first != null) {
                        check.problem(NAME, "import.duplicateRow", first);
                    }
                }
                // an empty "từ ngày" means the day of the import, as on the form
                LocalDate validFrom = check.date(VALID_FROM, false, null);
                ResidentialArea.Details details = new ResidentialArea.Details(name, kind,
                        check.count(HOUSEHOLDS, 100_000), check.text(HEAD, 255), check.phone(PHONE),
                        validFrom == null ? today : validFrom, null);
                // the form's own rules, each on the column that holds its field
                if (commune != null) {
                    for (FieldProblem problem : rules.problems(commune.getId(), details, null)) {
                        String column = COLUMN_OF_FIELD.get(problem.field());
                        if (column != null
                                && check.problems().stream().noneMatch(p -> p.headerKey().equals(column))) {
                            check.problem(column, problem.messageKey(), problem.args());
                        }
                    }
                }
                if (check.problems().isEmpty()) {
                    checked.put(row.number(), details);
                    communeByRow.put(row.number(), commune);
                }
                return check.problems();
            }

            @Override
            public void save(ImportRow row) {
                areas.save(new ResidentialArea(communeByRow.get(row.number()), checked.get(row.number())));
            }
        };
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
