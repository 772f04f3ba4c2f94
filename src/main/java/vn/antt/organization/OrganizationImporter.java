package vn.antt.organization;

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
import vn.antt.organization.internal.OrganizationRepository;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ImportedCommunes;

/** Cơ quan, doanh nghiệp, nhà trường from Excel: one row an organization, its commune by code. */
@Component
class OrganizationImporter implements Importer {

    static final String NAME = "organization.name";
    static final String SHORT_NAME = "organization.shortName";
    static final String KIND = "organization.kind";
    static final String SUB_KIND = "organization.subKind";
    static final String COMMUNE = "import.communeCode";
    static final String ADDRESS = "organization.address";
    static final String TAX_CODE = "organization.taxCode";
    static final String HEAD = "organization.headName";
    static final String HEAD_TITLE = "organization.headTitle";
    static final String PHONE = "organization.headPhone";
    static final String STAFF = "organization.staffCount";

    /** The form fields whose rules an imported row answers for, and the column that holds each. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", NAME, "taxCode", TAX_CODE);

    private final OrganizationRepository organizations;
    private final OrganizationRules rules;
    private final CommuneService communes;
    private final MessageSource messages;
    private final Clock clock;

    OrganizationImporter(OrganizationRepository organizations, OrganizationRules rules, CommuneService communes,
                         MessageSource messages, Clock clock) {
        this.organizations = organizations;
        this.rules = rules;
        this.communes = communes;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "organizations";
    }

    @Override
    public String titleKey() {
        return "import.kind.organizations";
    }

    @Override
    public boolean allowedFor(CurrentUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.COMMUNE_OFFICER);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(ImportColumn.required(NAME), ImportColumn.optional(SHORT_NAME), ImportColumn.required(KIND),
                ImportColumn.optional(SUB_KIND), ImportColumn.required(COMMUNE), ImportColumn.optional(ADDRESS),
                ImportColumn.optional(TAX_CODE), ImportColumn.optional(HEAD), ImportColumn.optional(HEAD_TITLE),
                ImportColumn.optional(PHONE), ImportColumn.optional(STAFF));
    }

    @Override
    public Map<String, List<String>> allowedValues(CurrentUser user) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(KIND, Arrays.stream(OrganizationKind.values()).map(k -> label(k.messageKey())).toList());
        values.put(COMMUNE, ImportedCommunes.choices(communes, user));
        return values;
    }

    @Override
    public Run begin(CurrentUser user) {
        Map<String, OrganizationKind> kinds = new HashMap<>();
        for (OrganizationKind kind : OrganizationKind.values()) {
            kinds.put(label(kind.messageKey()).toLowerCase(Locale.ROOT), kind);
            kinds.put(kind.name().toLowerCase(Locale.ROOT), kind);
        }
        ImportedCommunes importedCommunes = new ImportedCommunes(communes, user, LocalDate.now(clock).getYear());
        Map<String, Integer> rowByName = new HashMap<>();
        Map<String, Integer> rowByTaxCode = new HashMap<>();
        Map<Integer, Organization.Details> checked = new HashMap<>();
        return new Run() {
            @Override
            public List<CellProblem> check(ImportRow row) {
                RowCheck check = new RowCheck(row);
                String name = check.requiredText(NAME, 255);
                String shortName = check.text(SHORT_NAME, 100);
                String kindText = check.requiredText(KIND, 50);
                OrganizationKind kind = kindText == null ? null : kinds.get(kindText.toLowerCase(Locale.ROOT));
                if (kindText != null && kind == null) {
                    check.problem(KIND, "import.organization.kindUnknown");
                }
                Commune commune = importedCommunes.resolve(check, COMMUNE);
                String taxCode = check.taxCode(TAX_CODE);
                if (taxCode != null) {
                    Integer first = rowByTaxCode.putIfAbsent(taxCode, row.number());
                    if (first != null) {
                        check.problem(TAX_CODE, "import.duplicateRow", first);
                    }
                }
                if (name != null && commune != null) {
                    Integer first = rowByName.putIfAbsent(commune.getId() + "|" + name.toLowerCase(Locale.ROOT),
                            row.number());
                    if (first != null) {
                        check.problem(NAME, "import.duplicateRow", first);
                    }
                }
                Organization.Details details = new Organization.Details(name, shortName, kind,
                        check.text(SUB_KIND, 100), check.text(ADDRESS, 255), commune, taxCode, check.text(HEAD, 255),
                        check.text(HEAD_TITLE, 255), check.phone(PHONE), check.count(STAFF, 1_000_000),
                        GuardForce.NONE, null, false, null, false, null);
                // the form's own rules, each on the column that holds its field
                for (FieldProblem problem : rules.problems(details, 0)) {
                    String column = COLUMN_OF_FIELD.get(problem.field());
                    if (column != null && check.problems().stream().noneMatch(p -> p.headerKey().equals(column))) {
                        check.problem(column, problem.messageKey(), problem.args());
                    }
                }
                if (check.problems().isEmpty()) {
                    checked.put(row.number(), details);
                }
                return check.problems();
            }

            @Override
            public void save(ImportRow row) {
                organizations.save(new Organization(checked.get(row.number())));
            }
        };
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
