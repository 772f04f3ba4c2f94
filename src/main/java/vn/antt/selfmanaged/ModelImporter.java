package vn.antt.selfmanaged;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.antt.infrastructure.excel.CellProblem;
import vn.antt.infrastructure.excel.ImportColumn;
import vn.antt.infrastructure.excel.ImportRow;
import vn.antt.infrastructure.excel.Importer;
import vn.antt.infrastructure.excel.RowCheck;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.selfmanaged.internal.ModelStatusChangeRepository;
import vn.antt.selfmanaged.internal.ModelTypeRepository;
import vn.antt.selfmanaged.internal.SelfManagedModelRepository;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ImportedCommunes;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaService;

/** Mô hình tự quản from Excel: one row a model, its type and commune by code, its khu dân cư by name. */
@Component
class ModelImporter implements Importer {

    static final String NAME = "model.name";
    static final String TYPE = "import.typeCode";
    static final String COMMUNE = "import.communeCode";
    static final String AREA = "model.area";
    static final String FOUNDED = "model.foundedOn";
    static final String DECISION_NUMBER = "model.decisionNumber";
    static final String DECISION_DATE = "model.decisionDate";
    static final String DECISION_ISSUER = "model.decisionIssuer";
    static final String LEADER = "model.leaderName";
    static final String PHONE = "model.leaderPhone";
    static final String MEMBERS = "model.membersCount";
    static final String HOST_BODY = "model.hostBody";
    static final String FIGURE = "model.figure";
    static final String DESCRIPTION = "model.description";

    /** The form fields whose rules an imported row answers for, and the column that holds each. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", NAME, "foundedOn", FOUNDED);

    private final ModelTypeRepository types;
    private final SelfManagedModelRepository models;
    private final ModelRules rules;
    private final ModelStatusChangeRepository statusChanges;
    private final ResidentialAreaService areas;
    private final CommuneService communes;
    private final Clock clock;

    ModelImporter(ModelTypeRepository types, SelfManagedModelRepository models, ModelRules rules,
                  ModelStatusChangeRepository statusChanges, ResidentialAreaService areas, CommuneService communes,
                  Clock clock) {
        this.types = types;
        this.models = models;
        this.rules = rules;
        this.statusChanges = statusChanges;
        this.areas = areas;
        this.communes = communes;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "models";
    }

    @Override
    public String titleKey() {
        return "import.kind.models";
    }

    @Override
    public boolean allowedFor(CurrentUser user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.COMMUNE_OFFICER);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(ImportColumn.required(NAME), ImportColumn.required(TYPE), ImportColumn.required(COMMUNE),
                ImportColumn.optional(AREA), ImportColumn.required(FOUNDED), ImportColumn.optional(DECISION_NUMBER),
                ImportColumn.optional(DECISION_DATE), ImportColumn.optional(DECISION_ISSUER),
                ImportColumn.optional(LEADER), ImportColumn.optional(PHONE), ImportColumn.optional(MEMBERS),
                ImportColumn.optional(HOST_BODY), ImportColumn.optional(FIGURE), ImportColumn.optional(DESCRIPTION));
    }

    @Override
    public Map<String, List<String>> allowedValues(CurrentUser user) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(TYPE, types.findByRetiredFalseOrderByPositionAscNameAsc().stream()
                .map(type -> type.getCode() + " — " + type.getName()).toList());
        values.put(COMMUNE, ImportedCommunes.choices(communes, user));
        return values;
    }

    @Override
    public Run begin(CurrentUser user) {
        return new ModelRun(user);
    }

    private final class ModelRun implements Run {

        private final CurrentUser user;
        private final LocalDate today = LocalDate.now(clock);
        private final int year = today.getYear();
        private final ImportedCommunes importedCommunes;
        private final Map<String, Integer> rowByKey = new HashMap<>();
        private final Map<Integer, SelfManagedModel.Details> checked = new HashMap<>();

        ModelRun(CurrentUser user) {
            this.user = user;
            this.importedCommunes = new ImportedCommunes(communes, user, year);
        }

        @Override
        public List<CellProblem> check(ImportRow row) {
            RowCheck check = new RowCheck(row);
            String name = check.requiredText(NAME, 255);
            ModelType type = null;
            String typeCode = check.requiredText(TYPE, 60);
            if (typeCode != null) {
                type = types.findByCode(codeOf(typeCode)).filter(t -> !t.isRetired()).orElse(null);
                if (type == null) {
                    check.problem(TYPE, "import.typeUnknown", typeCode);
                }
            }
            Commune commune = importedCommunes.resolve(check, COMMUNE);
            ResidentialArea area = null;
            String areaName = check.text(AREA, 255);
            if (areaName != null && commune != null) {
                area = areas.currentByName(commune.getId(), areaName).orElse(null);
                if (area == null) {
                    check.problem(AREA, "import.areaUnknown", areaName);
                }
            }
            LocalDate founded = check.date(FOUNDED, true, today);
            LocalDate decisionDate = check.date(DECISION_DATE, false, today);
            String decisionNumber = check.text(DECISION_NUMBER, 50);
            String issuer = check.text(DECISION_ISSUER, 255);
            String leader = check.text(LEADER, 255);
            String phone = check.phone(PHONE);
            Integer members = check.count(MEMBERS, 100_000);
            String hostBody = check.text(HOST_BODY, 255);
            Integer figure = check.count(FIGURE, 1_000_000);
            String description = check.text(DESCRIPTION, 4000);
            if (name != null && commune != null) {
                String key = commune.getId() + "|" + name.toLowerCase(Locale.ROOT);
                Integer first = rowByKey.putIfAbsent(key, row.number());
                if (first != null) {
                    check.problem(NAME, "import.duplicateRow", first);
                }
            }
            SelfManagedModel.Details details = new SelfManagedModel.Details(name, type, commune, area, null, founded,
                    decisionNumber, decisionDate, issuer, leader, phone, members, hostBody, description,
                    type == null || type.getFigureLabel() == null ? null : figure);
            // the form's own rules, each on the column that holds its field
            for (FieldProblem problem : rules.problems(details, null)) {
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
            SelfManagedModel model = models.save(new SelfManagedModel(checked.get(row.number())));
            statusChanges.save(new ModelStatusChange(model, ModelStatus.ACTIVE, model.getFoundedOn(), null,
                    user.getUsername(), clock.instant()));
        }
    }

    /** "CAMERA — Camera an ninh" (as the template's list shows it) or "CAMERA". */
    static String codeOf(String cell) {
        int dash = cell.indexOf(" —");
        return (dash > 0 ? cell.substring(0, dash) : cell).strip().toUpperCase(Locale.ROOT);
    }
}
