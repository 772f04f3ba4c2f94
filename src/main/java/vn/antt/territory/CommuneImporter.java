package vn.antt.territory;

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
import vn.antt.territory.internal.CommuneRepository;
import vn.antt.territory.internal.DistrictRepository;
import vn.antt.territory.internal.ProvinceRepository;

/**
 * Xã, phường from Excel, for administrators loading another district: provinces and districts named in the rows are
 * created when missing. A code may be reused only by a unit valid at another time.
 */
@Component
class CommuneImporter implements Importer {

    static final String CODE = "import.commune.code";
    static final String NAME = "import.commune.name";
    static final String KIND = "import.commune.kind";
    static final String DISTRICT_CODE = "import.commune.districtCode";
    static final String DISTRICT_NAME = "import.commune.districtName";
    static final String DISTRICT_KIND = "import.commune.districtKind";
    static final String PROVINCE_CODE = "import.commune.provinceCode";
    static final String PROVINCE_NAME = "import.commune.provinceName";
    static final String VALID_FROM = "import.commune.validFrom";
    static final String VALID_TO = "import.commune.validTo";

    private final CommuneRepository communes;
    private final DistrictRepository districts;
    private final ProvinceRepository provinces;
    private final MessageSource messages;

    CommuneImporter(CommuneRepository communes, DistrictRepository districts, ProvinceRepository provinces,
                    MessageSource messages) {
        this.communes = communes;
        this.districts = districts;
        this.provinces = provinces;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "communes";
    }

    @Override
    public String titleKey() {
        return "import.kind.communes";
    }

    @Override
    public boolean allowedFor(CurrentUser user) {
        return user.hasRole(Role.ADMIN);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(ImportColumn.required(CODE), ImportColumn.required(NAME), ImportColumn.required(KIND),
                ImportColumn.required(DISTRICT_CODE), ImportColumn.required(DISTRICT_NAME),
                ImportColumn.required(DISTRICT_KIND), ImportColumn.required(PROVINCE_CODE),
                ImportColumn.required(PROVINCE_NAME), ImportColumn.optional(VALID_FROM),
                ImportColumn.optional(VALID_TO));
    }

    @Override
    public Map<String, List<String>> allowedValues(CurrentUser user) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(KIND, Arrays.stream(CommuneKind.values()).map(k -> label(k.messageKey())).toList());
        values.put(DISTRICT_KIND, Arrays.stream(DistrictKind.values()).map(k -> label(k.messageKey())).toList());
        return values;
    }

    @Override
    public Run begin(CurrentUser user) {
        Map<String, CommuneKind> communeKinds = new HashMap<>();
        Arrays.stream(CommuneKind.values()).forEach(k -> communeKinds.put(key(label(k.messageKey())), k));
        Map<String, DistrictKind> districtKinds = new HashMap<>();
        Arrays.stream(DistrictKind.values()).forEach(k -> districtKinds.put(key(label(k.messageKey())), k));
        Map<String, Integer> rowByCode = new HashMap<>();
        Map<Integer, Row> checked = new HashMap<>();
        return new Run() {
            @Override
            public List<CellProblem> check(ImportRow row) {
                RowCheck check = new RowCheck(row);
                String code = digits(check, CODE);
                String name = check.requiredText(NAME, 255);
                CommuneKind kind = choice(check, KIND, communeKinds);
                String districtCode = digits(check, DISTRICT_CODE);
                String districtName = check.requiredText(DISTRICT_NAME, 255);
                DistrictKind districtKind = choice(check, DISTRICT_KIND, districtKinds);
                String provinceCode = digits(check, PROVINCE_CODE);
                String provinceName = check.requiredText(PROVINCE_NAME, 255);
                LocalDate from = check.date(VALID_FROM, false, null);
                LocalDate to = check.date(VALID_TO, false, null);
                if (from != null && to != null && to.isBefore(from)) {
                    check.problem(VALID_TO, "import.commune.validity");
                }
                if (code != null) {
                    Integer first = rowByCode.putIfAbsent(code, row.number());
                    if (first != null) {
                        check.problem(CODE, "import.duplicateRow", first);
                    }
                    else if (communes.findByCode(code).stream().anyMatch(c -> overlaps(c, from, to))) {
                        check.problem(CODE, "import.commune.exists");
                    }
                }
                if (check.problems().isEmpty()) {
                    checked.put(row.number(), new Row(code, name, kind, districtCode, districtName, districtKind,
                            provinceCode, provinceName, from, to));
                }
                return check.problems();
            }

            @Override
            public void save(ImportRow row) {
                Row r = checked.get(row.number());
                Province province = provinces.findByCode(r.provinceCode())
                        .orElseGet(() -> provinces.save(new Province(r.provinceCode(), r.provinceName())));
                District district = districts.findByCode(r.districtCode()).orElseGet(() -> districts.save(
                        new District(r.districtCode(), r.districtName(), r.districtKind(), province)));
                communes.save(new Commune(r.code(), r.name(), r.kind(), district, r.validFrom(), r.validTo()));
            }
        };
    }

    private record Row(String code, String name, CommuneKind kind, String districtCode, String districtName,
                       DistrictKind districtKind, String provinceCode, String provinceName, LocalDate validFrom,
                       LocalDate validTo) {
    }

    private static boolean overlaps(Commune existing, LocalDate from, LocalDate to) {
        boolean startsBeforeItEnds = existing.getValidTo() == null || from == null
                || !from.isAfter(existing.getValidTo());
        boolean endsAfterItStarts = existing.getValidFrom() == null || to == null
                || !to.isBefore(existing.getValidFrom());
        return startsBeforeItEnds && endsAfterItStarts;
    }

    private static String digits(RowCheck check, String column) {
        String value = check.requiredText(column, 10);
        if (value != null && !value.matches("[0-9]{1,10}")) {
            check.problem(column, "import.commune.codeDigits");
            return null;
        }
        return value;
    }

    private static <E> E choice(RowCheck check, String column, Map<String, E> choices) {
        String text = check.requiredText(column, 50);
        E value = text == null ? null : choices.get(key(text));
        if (text != null && value == null) {
            check.problem(column, "import.commune.kindUnknown", String.join(", ", choices.keySet()));
        }
        return value;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
