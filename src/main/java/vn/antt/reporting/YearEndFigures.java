package vn.antt.reporting;

import java.math.BigDecimal;
import java.util.List;

import vn.antt.certification.DossierResult;
import vn.antt.certification.DossierState;

/**
 * Every figure of a year's summary, for the district or one commune, computed once by {@link YearEndReports}: the
 * page, the PDF, the Excel file and the dashboard all print this one object.
 *
 * @param scopeName       "thị xã Ninh Hòa" or the commune's name
 * @param communeCode     the commune's code when the figures are of one commune, else null
 * @param organizations   all cơ quan, doanh nghiệp, nhà trường of the roster in scope, recognised of them
 * @param organizationKinds the same per kind (Cơ quan / Doanh nghiệp / Nhà trường), in that order
 * @param townOrganizations the organizations Công an thị xã manages (district scope only)
 * @param newModels       the models founded in the year, named with their commune
 * @param decisions       the recognition decisions of the year's recognised units, by number and date
 * @param events          the Ngày hội and the Hội nghị tổng kết of the year
 * @param units           a commune's own khu dân cư and organizations with their dossier's state (commune scope only)
 * @param previousYear    the previous year's recognitions of the same scope, as they were when these figures were
 *                        computed (kept with a closed year); null when that year was not opened or kept before
 */
public record YearEndFigures(int year, String scopeName, String communeCode, BigDecimal targetPct, boolean yearClosed,
                             Share communes, Share areas, Share organizations, List<KindShare> organizationKinds,
                             Share townOrganizations, Models models, List<TypeRow> modelTypes,
                             List<QualityRow> qualities, List<CommuneRow> communeRows, List<Unrecognized> unrecognized,
                             List<StateCount> dossierStates, List<AwardCount> awardCounts, List<Award> awards,
                             List<NewModel> newModels, List<DecisionRef> decisions, List<EventRow> events,
                             List<UnitRow> units, PreviousYear previousYear) {

    /** Figures kept before a section existed read that section as empty (docs/adr/0003-closed-years-are-frozen.md). */
    public YearEndFigures {
        newModels = newModels == null ? List.of() : newModels;
        decisions = decisions == null ? List.of() : decisions;
        events = events == null ? List.of() : events;
        units = units == null ? List.of() : units;
    }

    /** The scope's name inside a sentence: "xã Ninh Phước", "phường Ninh Thủy", "thị xã Ninh Hòa". */
    public String scopeNameInText() {
        return scopeName.isEmpty() ? scopeName : Character.toLowerCase(scopeName.charAt(0)) + scopeName.substring(1);
    }

    /** The same figures with section III replaced. */
    public YearEndFigures withAwards(List<AwardCount> counts, List<Award> list) {
        return new YearEndFigures(year, scopeName, communeCode, targetPct, yearClosed, communes, areas, organizations,
                organizationKinds, townOrganizations, models, modelTypes, qualities, communeRows, unrecognized,
                dossierStates, counts, list, newModels, decisions, events, units, previousYear);
    }

    /**
     * The bars of the recognition chart (xã, phường; khu dân cư; cơ quan, doanh nghiệp, nhà trường), each only when
     * the scope has any to count: a bar of 0/0 says nothing. A single bar is shown as the figure itself.
     */
    public List<Bar> recognitionBars() {
        return java.util.stream.Stream.of(new Bar("home.chart.communes", communes),
                        new Bar("home.chart.areas", areas), new Bar("home.chart.organizations", organizations))
                .filter(bar -> bar.share().whole() > 0).toList();
    }

    /** The dossiers by state in the workflow's order (Đang lập … Đã thu hồi), as the chart and its table list them. */
    public List<StateCount> dossierStatesInOrder() {
        return dossierStates.stream()
                .sorted(java.util.Comparator.comparingInt(s -> DossierState.valueOf(s.state()).ordinal())).toList();
    }

    /** One bar of a chart: its label's message key and the share it draws. */
    public record Bar(String labelKey, Share share) {
    }

    public boolean organizationsReachTarget() {
        return organizations.reaches(targetPct);
    }

    /** The events of one kind (FESTIVAL, REVIEW_CONFERENCE), the town's model site first. */
    public List<EventRow> eventsOf(String kind) {
        return events.stream().filter(e -> kind.equals(e.kind())).toList();
    }

    /** The issuers of the year's commendations, each once, in their order. */
    public List<String> awardIssuers() {
        return awardCounts.stream().map(AwardCount::issuer).distinct().toList();
    }

    /** How many commendations an issuer gave, collectives and individuals together. */
    public long awardsBy(String issuer) {
        return awardCounts.stream().filter(a -> a.issuer().equals(issuer))
                .mapToLong(a -> a.collectives() + a.individuals()).sum();
    }

    /** The previous year's recognitions, printed beside this year's. */
    public record PreviousYear(int year, Share communes, Share areas, Share organizations,
                               List<KindShare> organizationKinds) {

        public static PreviousYear of(YearEndFigures figures) {
            return new PreviousYear(figures.year(), figures.communes(), figures.areas(), figures.organizations(),
                    figures.organizationKinds());
        }
    }

    /** A model founded in the year (mô hình mới). */
    public record NewModel(String name, String type, String commune) {
    }

    /**
     * A recognition decision cited by the report: its number, date ("20/12/2022"), issuing body, the kind of the
     * units it recognised and how many of them.
     */
    public record DecisionRef(String number, String signedOn, String body, String subjectKind, long count) {
    }

    /** A Ngày hội or Hội nghị tổng kết: held by a commune (null: by the town) on a day ("19/08/2022"). */
    public record EventRow(String kind, String commune, String heldOn, String place, boolean modelSite,
                           Integer participants) {
    }

    /**
     * One of a commune's khu dân cư (kind RESIDENTIAL_AREA) or organizations (AGENCY, ENTERPRISE, SCHOOL) and where
     * its dossier of the year stands (null: none): a revoked unit and a dossier still in preparation read differently.
     */
    public record UnitRow(String kind, String name, String state, Boolean conclusionMet) {

        /** The message key of the unit's kind. */
        public String kindKey() {
            return "RESIDENTIAL_AREA".equals(kind) ? "dossier.subject.RESIDENTIAL_AREA" : "organization.kind." + kind;
        }

        public String resultKey(boolean yearClosed) {
            if (state == null) {
                return "report.result.NONE";
            }
            return DossierResult.of(DossierState.valueOf(state), conclusionMet, !yearClosed).messageKey();
        }
    }

    /** Models active at year end, founded in the year, active and assessed Tốt. */
    public record Models(long active, long created, long effective) {
    }

    /** Organizations of one kind (AGENCY, ENTERPRISE, SCHOOL). */
    public record KindShare(String kind, Share share) {
    }

    /** Models of one type: active at year end, founded in the year. */
    public record TypeRow(String type, long active, long created) {
    }

    /** Models active at year end by their assessment of the year (GOOD, FAIR, AVERAGE, WEAK, or none). */
    public record QualityRow(String quality, long count) {
    }

    /** Section IV: one commune's line. {@code result} is its own dossier's state, or null without one. */
    public record CommuneRow(String code, String name, Share areas, Share organizations, Models models,
                             String state, Boolean conclusionMet) {

        /** The commune's own yearly result (domain §4), as a message key. */
        public String resultKey(boolean yearClosed) {
            if (state == null) {
                return "report.result.NONE";
            }
            return DossierResult.of(DossierState.valueOf(state), conclusionMet, !yearClosed).messageKey();
        }
    }

    /** A subject not recognised in the year, with the reason recorded. */
    public record Unrecognized(String kind, String name, String commune, String state, String reason) {
    }

    public record StateCount(String state, long count) {
    }

    /** Section III: how many commendations an issuer gave in a form, to collectives and to individuals. */
    public record AwardCount(String issuer, String form, long collectives, long individuals) {
    }

    /** Section III: one commendation of the year. */
    public record Award(String issuer, String form, String recipient, boolean collective, String decision) {
    }
}
