package vn.antt.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.antt.certification.internal.DossierEventRepository;
import vn.antt.certification.internal.DossierRepository;
import vn.antt.certification.internal.RosterEntryRepository;
import vn.antt.infrastructure.excel.CellProblem;
import vn.antt.infrastructure.excel.ImportColumn;
import vn.antt.infrastructure.excel.ImportRow;
import vn.antt.infrastructure.excel.Importer;
import vn.antt.infrastructure.excel.RowCheck;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.organization.Organization;
import vn.antt.organization.OrganizationService;
import vn.antt.territory.Commune;
import vn.antt.territory.CommuneService;
import vn.antt.territory.ImportedCommunes;
import vn.antt.territory.ResidentialArea;
import vn.antt.territory.ResidentialAreaService;

/**
 * Kết quả các năm trước, from the town's records: one row a subject's result of a year (commune, khu dân cư or
 * organization), with the decision that said so. Each becomes a dossier "Nhập từ dữ liệu cũ" of a closed year.
 */
@Component
class ResultImporter implements Importer {

    static final String YEAR = "result.year";
    static final String KIND = "result.subjectKind";
    static final String COMMUNE = "import.communeCode";
    static final String NAME = "result.subjectName";
    static final String RESULT = "result.result";
    static final String DECISION_NUMBER = "result.decisionNumber";
    static final String DECISION_DATE = "result.decisionDate";

    /** The kinds as the template's list and the cells name them. */
    static final Map<String, SubjectKind> KINDS = new LinkedHashMap<>();
    static final Map<String, Boolean> RESULTS = new LinkedHashMap<>();

    static {
        KINDS.put("Xã, phường", SubjectKind.COMMUNE);
        KINDS.put("Khu dân cư", SubjectKind.RESIDENTIAL_AREA);
        KINDS.put("Cơ quan, doanh nghiệp, nhà trường", SubjectKind.ORGANIZATION);
        RESULTS.put("Đạt chuẩn", true);
        RESULTS.put("Chưa đạt chuẩn", false);
    }

    private final EvaluationYears years;
    private final DossierRepository dossiers;
    private final DossierEventRepository events;
    private final RosterEntryRepository roster;
    private final OrganizationService organizations;
    private final ResidentialAreaService areas;
    private final CommuneService communes;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ResultImporter(EvaluationYears years, DossierRepository dossiers, DossierEventRepository events,
                   RosterEntryRepository roster, OrganizationService organizations,
                   ResidentialAreaService areas, CommuneService communes, ApplicationEventPublisher publisher,
                   Clock clock) {
        this.publisher = publisher;
        this.years = years;
        this.dossiers = dossiers;
        this.events = events;
        this.roster = roster;
        this.organizations = organizations;
        this.areas = areas;
        this.communes = communes;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "results";
    }

    @Override
    public String titleKey() {
        return "import.kind.results";
    }

    @Override
    public boolean allowedFor(CurrentUser user) {
        return user.hasRole(Role.STEERING);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(ImportColumn.required(YEAR), ImportColumn.required(KIND), ImportColumn.required(COMMUNE),
                ImportColumn.optional(NAME), ImportColumn.required(RESULT), ImportColumn.optional(DECISION_NUMBER),
                ImportColumn.optional(DECISION_DATE));
    }

    @Override
    public Map<String, List<String>> allowedValues(CurrentUser user) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(KIND, List.copyOf(KINDS.keySet()));
        values.put(COMMUNE, ImportedCommunes.choicesOfDistrict(communes));
        values.put(RESULT, List.copyOf(RESULTS.keySet()));
        return values;
    }

    @Override
    public Run begin(CurrentUser user) {
        return new ResultRun(user);
    }

    /** A checked row: its subject and result, ready to save. */
    private record Checked(int year, SubjectKind kind, Commune commune, ResidentialArea area,
                           Organization organization, boolean recognized, String decisionNumber,
                           LocalDate decisionDate) {
    }

    private final class ResultRun implements Run {

        private final CurrentUser user;
        private final LocalDate today = LocalDate.now(clock);
        private final Map<Integer, ImportedCommunes> communesByYear = new HashMap<>();
        private final Map<Integer, Optional<EvaluationYear>> yearsSeen = new HashMap<>();
        private final Map<String, Integer> rowBySubject = new HashMap<>();
        private final Map<Integer, Checked> checked = new HashMap<>();

        ResultRun(CurrentUser user) {
            this.user = user;
        }

        @Override
        public List<CellProblem> check(ImportRow row) {
            RowCheck check = new RowCheck(row);
            Integer year = check.count(YEAR, 2100);
            if (year == null && check.problems().isEmpty()) {
                check.problem(YEAR, "import.cell.required");
            }
            if (year != null && (year < 2000 || year > today.getYear())) {
                check.problem(YEAR, "result.year.range", today.getYear());
                year = null;
            }
            if (year != null && isOpen(year)) {
                check.problem(YEAR, "result.year.open", year);
                year = null;
            }
            SubjectKind kind = check.choice(KIND, KINDS);
            Boolean recognized = check.choice(RESULT, RESULTS);
            Commune commune = year == null ? null
                    : communesByYear.computeIfAbsent(year, y -> ImportedCommunes.ofDistrict(communes, y))
                            .resolve(check, COMMUNE);
            String name = check.text(NAME, 255);
            String decisionNumber = check.text(DECISION_NUMBER, 50);
            LocalDate decisionDate = check.date(DECISION_DATE, false, today);
            ResidentialArea area = null;
            Organization organization = null;
            if (kind != null && kind != SubjectKind.COMMUNE && name == null) {
                check.problem(NAME, "result.name.required");
            }
            if (kind == SubjectKind.RESIDENTIAL_AREA && commune != null && name != null) {
                area = areas.currentByName(commune.getId(), name).orElse(null);
                if (area == null) {
                    check.problem(NAME, "import.areaUnknown", name);
                }
            }
            if (kind == SubjectKind.ORGANIZATION && commune != null && name != null) {
                organization = organizations.firstByName(commune.getId(), name).orElse(null);
                if (organization == null) {
                    check.problem(NAME, "result.organizationUnknown", name);
                }
            }
            if (Boolean.TRUE.equals(recognized) && decisionNumber == null) {
                check.problem(DECISION_NUMBER, "result.decision.required");
            }
            if (check.problems().isEmpty()) {
                Long subjectId = switch (kind) {
                    case COMMUNE -> commune.getId();
                    case RESIDENTIAL_AREA -> area.getId();
                    case ORGANIZATION -> organization.getId();
                };
                Integer first = rowBySubject.putIfAbsent(year + "|" + kind + "|" + subjectId, row.number());
                if (first != null) {
                    check.problem(NAME, "import.duplicateRow", first);
                }
                else if (hasDossier(year, kind, subjectId)) {
                    check.problem(NAME, "result.exists", year);
                }
                else {
                    checked.put(row.number(), new Checked(year, kind, commune, area, organization, recognized,
                            decisionNumber, decisionDate));
                }
            }
            return check.problems();
        }

        @Override
        public void save(ImportRow row) {
            Checked result = checked.get(row.number());
            EvaluationYear year = years.closedForImport(result.year(), user.getUsername()).orElseThrow();
            Dossier dossier = switch (result.kind()) {
                case COMMUNE -> Dossier.ofCommune(year, result.commune());
                case RESIDENTIAL_AREA -> Dossier.ofArea(year, result.area());
                case ORGANIZATION -> Dossier.ofOrganization(year, roster.findOf(year.getId(),
                        result.organization().getId()).orElseGet(() -> roster.save(new RosterEntry(year,
                        result.organization(), result.organization().getCommune(), "Nhập từ dữ liệu cũ"))));
            };
            dossiers.save(dossier.asImported(result.recognized(), result.decisionNumber(), result.decisionDate()));
            events.save(new DossierEvent(dossier, DossierAction.IMPORT, null, dossier.getState(),
                    user.getUsername(), clock.instant(), "Nhập từ dữ liệu cũ" + (result.decisionNumber() == null
                    ? "" : ": Quyết định số " + result.decisionNumber())));
            publisher.publishEvent(new YearRestated(result.year()));
        }

        private boolean isOpen(int year) {
            return yearsSeen.computeIfAbsent(year, years::find).map(EvaluationYear::isOpen).orElse(false);
        }

        private boolean hasDossier(int year, SubjectKind kind, long subjectId) {
            Optional<EvaluationYear> found = yearsSeen.computeIfAbsent(year, years::find);
            return found.isPresent() && dossiers.existsOf(found.get().getId(), kind, subjectId);
        }
    }
}
