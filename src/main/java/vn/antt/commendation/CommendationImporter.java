package vn.antt.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.antt.commendation.internal.CommendationIssuerRepository;
import vn.antt.commendation.internal.CommendationRepository;
import vn.antt.infrastructure.excel.CellProblem;
import vn.antt.infrastructure.excel.ImportColumn;
import vn.antt.infrastructure.excel.ImportRow;
import vn.antt.infrastructure.excel.Importer;
import vn.antt.infrastructure.excel.RowCheck;
import vn.antt.infrastructure.persistence.AuditedEntity;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ImportedCommunes;

/** Khen thưởng from Excel: one row a commendation, its recipient by kind, commune code and name (or a person). */
@Component
class CommendationImporter implements Importer {

    static final String YEAR = "commendation.year";
    static final String FORM = "commendation.form";
    static final String ISSUER = "commendation.issuer";
    static final String NUMBER = "commendation.decisionNumber";
    static final String DATE = "commendation.decisionDate";
    static final String KIND = "commendation.recipientKind";
    static final String COMMUNE = "import.communeCode";
    static final String UNIT = "commendation.unitName";
    static final String PERSON = "commendation.personName";
    static final String POSITION = "commendation.personPosition";
    static final String PERSON_UNIT = "commendation.personUnit";
    static final String ACHIEVEMENT = "commendation.achievement";

    /** The form's fields, as the service names them in its problems, and the columns they come from. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("year", YEAR, "form", FORM,
            "issuerId", ISSUER, "decisionDate", DATE, "recipientKind", KIND, "communeId", COMMUNE, "unitName", UNIT,
            "personName", PERSON);

    private static final Map<String, CommendationForm> FORMS = new LinkedHashMap<>();
    private static final Map<String, RecipientKind> KINDS = new LinkedHashMap<>();

    static {
        FORMS.put("Bằng khen", CommendationForm.CERTIFICATE_OF_MERIT);
        FORMS.put("Giấy khen", CommendationForm.LETTER_OF_COMMENDATION);
        FORMS.put("Cờ thi đua", CommendationForm.EMULATION_FLAG);
        FORMS.put("Kỷ niệm chương", CommendationForm.MEDAL);
        KINDS.put("Xã, phường", RecipientKind.COMMUNE);
        KINDS.put("Khu dân cư", RecipientKind.RESIDENTIAL_AREA);
        KINDS.put("Cơ quan, doanh nghiệp, nhà trường", RecipientKind.ORGANIZATION);
        KINDS.put("Mô hình tự quản", RecipientKind.MODEL);
        KINDS.put("Cá nhân", RecipientKind.INDIVIDUAL);
    }

    private final CommendationService commendations;
    private final CommendationRepository repository;
    private final CommendationIssuerRepository issuers;
    private final CommuneService communes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommendationImporter(CommendationService commendations, CommendationRepository repository,
                         CommendationIssuerRepository issuers, CommuneService communes,
                         ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.commendations = commendations;
        this.repository = repository;
        this.issuers = issuers;
        this.communes = communes;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "commendations";
    }

    /** What makes two rows the same commendation. */
    private static String key(Commendation.Details d) {
        return String.join("|", String.valueOf(d.year()), String.valueOf(d.issuer().getId()), d.form().name(),
                d.recipientKind().name(), String.valueOf(d.decisionNumber()), id(d.commune()), id(d.residentialArea()),
                id(d.organization()), id(d.model()), String.valueOf(d.personName()).toLowerCase(Locale.ROOT));
    }

    private static String id(AuditedEntity entity) {
        return entity == null ? "-" : String.valueOf(entity.getId());
    }

    @Override
    public String titleKey() {
        return "import.kind.commendations";
    }

    @Override
    public boolean allowedFor(CurrentUser user) {
        return CommendationService.mayRecord(user);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(ImportColumn.required(YEAR), ImportColumn.required(FORM), ImportColumn.required(ISSUER),
                ImportColumn.optional(NUMBER), ImportColumn.optional(DATE), ImportColumn.required(KIND),
                ImportColumn.optional(COMMUNE), ImportColumn.optional(UNIT), ImportColumn.optional(PERSON),
                ImportColumn.optional(POSITION), ImportColumn.optional(PERSON_UNIT), ImportColumn.optional(ACHIEVEMENT));
    }

    @Override
    public Map<String, List<String>> allowedValues(CurrentUser user) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(FORM, List.copyOf(FORMS.keySet()));
        values.put(ISSUER, issuers.findAllByOrderByPositionAscNameAsc().stream().filter(i -> !i.isRetired())
                .map(i -> i.getCode() + " — " + i.getName()).toList());
        values.put(KIND, List.copyOf(KINDS.keySet()));
        values.put(COMMUNE, ImportedCommunes.choicesOfDistrict(communes));
        return values;
    }

    @Override
    public Run begin(CurrentUser user) {
        return new Run() {

            private final LocalDate today = LocalDate.now(clock);
            private final Map<Integer, Commendation.Details> checked = new HashMap<>();
            private final Map<String, Integer> rowByKey = new HashMap<>();

            @Override
            public List<CellProblem> check(ImportRow row) {
                RowCheck check = new RowCheck(row);
                Integer year = check.count(YEAR, 2100);
                CommendationForm form = check.choice(FORM, FORMS);
                String issuerCell = check.requiredText(ISSUER, 300);
                Long issuerId = null;
                if (issuerCell != null) {
                    int dash = issuerCell.indexOf(" —");
                    String code = (dash > 0 ? issuerCell.substring(0, dash) : issuerCell).strip()
                            .toUpperCase(Locale.ROOT);
                    issuerId = issuers.findByCode(code).map(CommendationIssuer::getId).orElse(null);
                    if (issuerId == null) {
                        check.problem(ISSUER, "import.commendation.issuerUnknown", issuerCell);
                    }
                }
                String number = check.text(NUMBER, 50);
                LocalDate date = check.date(DATE, false, today);
                RecipientKind kind = check.choice(KIND, KINDS);
                Commune commune = check.row().text(COMMUNE) == null ? null
                        : ImportedCommunes.ofDistrict(communes, year == null ? today.getYear() : year)
                                .resolve(check, COMMUNE);
                String unit = check.text(UNIT, 255);
                String person = check.text(PERSON, 255);
                String position = check.text(POSITION, 255);
                String personUnit = check.text(PERSON_UNIT, 255);
                String achievement = check.text(ACHIEVEMENT, 4000);
                if (check.problems().isEmpty()) {
                    try {
                        Commendation.Details details = commendations.resolve(new CommendationService.Typed(year,
                                form, issuerId, number, date, kind, commune == null ? null : commune.getId(), unit,
                                person, position, personUnit, achievement));
                        commendations.requireNew(details, 0);
                        Integer first = rowByKey.putIfAbsent(key(details), row.number());
                        if (first != null) {
                            check.problem(NUMBER, "import.duplicateRow", first);
                        }
                        else {
                            checked.put(row.number(), details);
                        }
                    }
                    catch (FieldProblem problem) {
                        check.problem(COLUMN_OF_FIELD.getOrDefault(problem.field(), NUMBER), problem.messageKey());
                    }
                }
                return check.problems();
            }

            @Override
            public void save(ImportRow row) {
                Commendation saved = repository.save(new Commendation(checked.get(row.number())));
                events.publishEvent(new CommendationsChanged(saved.getYear()));
            }
        };
    }
}
