package vn.antt.infrastructure.once;

import static vn.antt.infrastructure.once.Action.fields;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.antt.certification.AttachmentKind;
import vn.antt.certification.DecisionService;
import vn.antt.certification.DossierService;
import vn.antt.certification.RecognitionDecision;
import vn.antt.infrastructure.scope.Scope;
import vn.antt.support.WebSession;

/**
 * The yearly certification's actions: years, rosters, every step of a dossier, decisions, the year-end report, and
 * the catalogues behind them. Dossiers are those of {@link Fixture#YEAR}, a year only this test uses; a case moves
 * a dossier into the state its action starts from.
 */
final class CertificationCases {

    private CertificationCases() {
    }

    static Map<String, Case> all(DossierService dossiers, DecisionService decisions) {
        Map<String, Case> cases = new LinkedHashMap<>();
        int year = Fixture.YEAR;
        cases.put("POST /years", f -> {
            // years no other test opens (2012 and 2013 are this test's own; 2016–2018 other tests')
            int opened = Stream.of(2014, 2015).filter(y -> f.jdbc.queryForObject(
                    "select count(*) from evaluation_year where year = ?", Integer.class, y) == 0)
                    .findFirst().orElseThrow();
            return Action.of("bcd", "/years", year(f, opened))
                    .counting("select count(*) from evaluation_year where year = ?", opened);
        });
        cases.put("POST /years/{year}", f -> {
            Map<String, String> form = year(f, year);
            form.put("version", String.valueOf(f.jdbc.queryForObject(
                    "select version from evaluation_year where year = ?", Long.class, year)));
            form.put("targetPct", "90");
            return Action.of("bcd", "/years/" + year, form).audited("YEAR_UPDATED");
        });
        cases.put("POST /years/{year}/close", f -> {
            // the year before this test's own: opened with it, closed here (the later closed years stay the latest)
            if (f.jdbc.queryForObject("select count(*) from evaluation_year where year = ?", Integer.class,
                    year - 1) == 0) {
                f.send("bcd", "/years", year(f, year - 1));
            }
            return Action.of("bcd", "/years/" + (year - 1) + "/close", fields()).audited("YEAR_CLOSED");
        });
        cases.put("POST /years/{year}/roster/add-active", f -> Action.of("bcd", "/years/" + year
                + "/roster/add-active", fields("basis", "Quyết định số 1/QĐ-BCĐ")).audited("ROSTER_CHANGED"));
        cases.put("POST /years/{year}/roster/copy", f -> Action.of("bcd", "/years/" + year + "/roster/copy",
                fields()).audited("ROSTER_CHANGED"));
        cases.put("POST /years/{year}/roster/{entryId}", f -> {
            long entry = rosterEntry(f);
            return Action.of("bcd", "/years/" + year + "/roster/" + entry, fields("version",
                    f.version("roster_entry", entry), "manager", "TOWN", "basis", "Quyết định số 2/QĐ-BCĐ"))
                    .audited("ROSTER_CHANGED");
        });
        cases.put("POST /years/{year}/roster/{entryId}/remove", f -> {
            long entry = rosterEntry(f);
            return Action.of("bcd", "/years/" + year + "/roster/" + entry + "/remove", fields("version",
                    f.version("roster_entry", entry))).counting("select count(*) from roster_entry where id = ?",
                    entry).removing();
        });

        cases.put("POST /dossiers/create-all", f -> {
            // a new organization on the year's roster is what the next "create all" has to create a dossier for
            long organization = RegistryCases.newOrganization(f);
            f.send("bcd", "/years/" + year + "/roster/add-active", fields("basis", "Quyết định số 4/QĐ-BCĐ"));
            return Action.of("bcd", "/dossiers/create-all", fields("year", year, "subjects",
                    String.join(" ", dossiers.toCreate(year, f.user("bcd"))))).counting("""
                    select count(*) from dossier d join evaluation_year y on y.id = d.year_id
                    where y.year = ? and d.organization_id = ?""", year, organization);
        });
        cases.put("POST /dossiers/{id}/self-assessment", f -> {
            long dossier = areaDossier(f);
            return Action.of(officerOf(f, dossier), "/dossiers/" + dossier + "/self-assessment", fields("version",
                    f.version("dossier", dossier), "registrationNote", "Đăng ký ngày 15/3"))
                    .counting("select version from dossier where id = ?", dossier);
        });
        cases.put("POST /dossiers/{id}/attachments", f -> {
            long dossier = areaDossier(f);
            return Action.of(officerOf(f, dossier), "/dossiers/" + dossier + "/attachments", fields("kind", "OTHER"))
                    .upload(Fixture.pdf())
                    .counting("select count(*) from dossier_attachment where dossier_id = ?", dossier);
        });
        cases.put("POST /dossiers/{id}/attachments/{attachmentId}/delete", f -> {
            long dossier = areaDossier(f);
            long attachment = attached(f, dossiers, dossier);
            return Action.of(officerOf(f, dossier), "/dossiers/" + dossier + "/attachments/" + attachment + "/delete",
                    fields()).counting("select count(*) from dossier_attachment where dossier_id = ?", dossier)
                    .removing();
        });
        cases.put("POST /dossiers/{id}/attachments/{attachmentId}/replace", f -> {
            long dossier = areaDossier(f);
            long attachment = attached(f, dossiers, dossier);
            return Action.of(officerOf(f, dossier), "/dossiers/" + dossier + "/attachments/" + attachment + "/replace",
                    fields()).upload(Fixture.pdf()).audited("ATTACHMENT_REPLACED");
        });
        cases.put("POST /dossiers/{id}/area-decision", f -> {
            long dossier = areaDossier(f);
            String officer = officerOf(f, dossier);
            f.jdbc.update("update dossier set state = 'APPRAISED', conclusion_met = true, appraised_by = ? "
                    + "where id = ?", f.userId(officer), dossier);
            return Action.of(officer, "/dossiers/" + dossier + "/area-decision", fields("version",
                    f.version("dossier", dossier), "decision", "RECOGNIZE", "decisionNumber", "7/QĐ-UBND",
                    "decisionDate", "20/12/2025", "signerName", "Lê Văn Tâm")).recorded(dossier, "RECOGNIZE");
        });
        cases.put("POST /dossiers/{id}/return", f -> {
            long dossier = communeDossier(f, "SUBMITTED", false);
            return Action.of("congan", "/dossiers/" + dossier + "/return", fields("version",
                    f.version("dossier", dossier), "reason", "Thiếu biên bản họp")).recorded(dossier, "RETURN");
        });
        cases.put("POST /dossiers/{id}/appraisal", f -> {
            long dossier = communeDossier(f, "SUBMITTED", false);
            Map<String, String> form = fields("version", f.version("dossier", dossier), "conclusion", "NOT_MET",
                    "conclusionNote", "Chưa đạt");
            // the criteria of the dossier's subject (a commune's, or an organization's when the communes' are used)
            dossiers.assessments(dossier, f.user("congan")).forEach(assessment -> {
                long criterion = assessment.getCriterion().getId();
                form.put("criterion_" + criterion, "1");
                form.put("finding_" + criterion, "NOT_MET");
            });
            return Action.of("congan", "/dossiers/" + dossier + "/appraisal", form).recorded(dossier, "APPRAISE");
        });
        cases.put("POST /dossiers/{id}/refuse", f -> {
            long dossier = communeDossier(f, "APPRAISED", true);
            return Action.of("bcd", "/dossiers/" + dossier + "/refuse", fields("version",
                    f.version("dossier", dossier), "reason", "Chưa đủ minh chứng")).recorded(dossier, "REFUSE");
        });
        cases.put("POST /dossiers/{id}/revoke", f -> {
            long dossier = communeDossier(f, "RECOGNIZED", true);
            return Action.of("bcd", "/dossiers/" + dossier + "/revoke", fields("version",
                    f.version("dossier", dossier), "reason", "Vi phạm; Quyết định thu hồi số 3/QĐ-UBND"))
                    .recorded(dossier, "REVOKE");
        });
        cases.put("POST /dossiers/{id}/correction", f -> {
            long dossier = communeDossier(f, "RECOGNIZED", true);
            return Action.of("bcd", "/dossiers/" + dossier + "/correction", fields("version",
                    f.version("dossier", dossier), "field", "REGISTRATION_NOTE", "value", "Đăng ký bổ sung",
                    "reason", "Ghi thiếu")).recorded(dossier, "CORRECT");
        });

        cases.put("POST /decisions", f -> {
            long dossier = communeDossier(f, "APPRAISED", true);
            return Action.of("bcd", "/decisions", fields("year", year, "dossier", dossier, "body", body(f),
                    "proposal", "Tờ trình số 7/TTr-CAX")).counting(
                    "select count(*) from dossier where id = ? and decision_id is not null", dossier);
        });
        cases.put("POST /decisions/{id}/delete", f -> {
            RecognitionDecision draft = draft(f, decisions, communeDossier(f, "APPRAISED", true));
            return Action.of("bcd", "/decisions/" + draft.getId() + "/delete", fields("version",
                    f.version("recognition_decision", draft.getId()))).counting(
                    "select count(*) from recognition_decision where id = ?", draft.getId()).removing();
        });
        cases.put("POST /decisions/{id}/dossiers/{dossierId}/remove", f -> {
            long removed = communeDossier(f, "APPRAISED", true);
            RecognitionDecision draft = draft(f, decisions, communeDossier(f, "APPRAISED", true), removed);
            return Action.of("bcd", "/decisions/" + draft.getId() + "/dossiers/" + removed + "/remove", fields(
                    "version", f.version("dossier", removed)))
                    .counting("select count(*) from dossier where decision_id = ?", draft.getId()).removing();
        });
        cases.put("POST /decisions/{id}/issue", f -> {
            long dossier = communeDossier(f, "APPRAISED", true);
            RecognitionDecision draft = draft(f, decisions, dossier);
            return Action.of("bcd", "/decisions/" + draft.getId() + "/issue", fields("shownSet",
                    shownSet(decisions, draft.getId()), "number", f.digits() + "/QĐ-UBND",
                    "signedOn", "20/12/" + year)).recorded(dossier, "RECOGNIZE");
        });
        cases.put("POST /decisions/{id}/correction", f -> {
            long dossier = communeDossier(f, "APPRAISED", true);
            RecognitionDecision draft = draft(f, decisions, dossier);
            decisions.issue(draft.getId(), shownSet(decisions, draft.getId()), f.digits() + "/QĐ-UBND",
                    LocalDate.of(year, 12, 20), f.user("bcd"));
            return Action.of("bcd", "/decisions/" + draft.getId() + "/correction", fields("version",
                    f.version("recognition_decision", draft.getId()), "number", f.digits() + "/QĐ-UBND",
                    "signedOn", "21/12/" + year, "reason", "Gõ nhầm số")).recorded(dossier, "CORRECT");
        });

        cases.put("POST /reports/year-end", f -> {
            // the year's report as it is now: none yet (-1), or the version another test saved
            List<Long> version = f.jdbc.queryForList("select version from year_end_report where year = ?",
                    Long.class, year);
            return Action.of("bcd", "/reports/year-end?year=" + year, fields("version",
                    version.isEmpty() ? -1 : version.get(0), "headerName", "BAN CHỈ ĐẠO", "placeName", "Ninh Hòa",
                    "shortcomings", "Không")).audited("REPORT_SAVED");
        });
        cases.put("POST /admin/issuing-bodies/{id}", f -> {
            String code = "ONCE_" + f.unique().replace('-', '_').toUpperCase();
            f.jdbc.update("insert into issuing_body (code, name, header_name, place_name) values (?, ?, ?, ?)",
                    code, "Cơ quan " + code, "CƠ QUAN " + code, "Ninh Hòa");
            long id = f.jdbc.queryForObject("select id from issuing_body where code = ?", Long.class, code);
            return Action.of("admin", "/admin/issuing-bodies/" + id, fields("version", 0, "name", "Cơ quan đổi tên",
                    "headerName", "CƠ QUAN ĐỔI TÊN", "placeName", "Ninh Hòa", "signerName", "Trần Văn Ký"))
                    .counting("select version from issuing_body where id = ?", id);
        });
        cases.put("POST /admin/criteria/{id}", f -> {
            String code = "ONCE_" + f.unique().replace('-', '_').toUpperCase();
            f.jdbc.update("insert into criteria_set (code, title) values (?, ?)", code, "Bộ tiêu chí " + code);
            f.jdbc.update("""
                    insert into criterion (set_id, subject_kind, article, clause, text, check_rule)
                    select id, 'COMMUNE', 1, 1, 'Tiêu chí thử', 'MANUAL' from criteria_set where code = ?""", code);
            long id = f.jdbc.queryForObject("select c.id from criterion c join criteria_set s on s.id = c.set_id "
                    + "where s.code = ?", Long.class, code);
            return Action.of("admin", "/admin/criteria/" + id, fields("set", code, "version",
                    f.version("criterion", id), "text", "Tiêu chí đã sửa"))
                    .audited("CRITERION_CHANGED");
        });
        return cases;
    }

    /** Opens {@link Fixture#YEAR} (once) and creates its dossiers: every dossier of that year is this test's. */
    static void openOwnYear(Fixture f, DossierService dossiers) {
        if (f.jdbc.queryForObject("select count(*) from evaluation_year where year = ?", Integer.class,
                Fixture.YEAR) == 0) {
            f.send("bcd", "/years", year(f, Fixture.YEAR - 1));
            f.send("bcd", "/years", year(f, Fixture.YEAR));
            dossiers.createAll(Fixture.YEAR, dossiers.toCreate(Fixture.YEAR, f.user("bcd")), f.user("bcd"));
        }
    }

    static Map<String, String> year(Fixture f, int year) {
        return fields("year", year, "criteriaSetId", f.jdbc.queryForObject(
                "select id from criteria_set where code = 'TT23_2012'", Long.class), "targetPct", 95,
                "registrationDeadline", "31/03/" + year, "submissionDeadline", "15/11/" + year,
                "appraisalDeadline", "10/12/" + year, "recognitionDeadline", "25/12/" + year,
                // a year after 2022 on Thông tư 23/2012 (replaced from 10/02/2022) is opened only when confirmed
                "replacedSetConfirmed", "true");
    }

    /** What the decision's page shows and its issue form confirms. */
    static String shownSet(DecisionService decisions, long decision) {
        return DecisionService.shownSet(decisions.get(decision), decisions.dossiersOf(decision, Scope.DISTRICT));
    }

    private static long body(Fixture f) {
        return f.jdbc.queryForObject("select id from issuing_body where code = 'UBND_TX'", Long.class);
    }

    static RecognitionDecision draft(Fixture f, DecisionService decisions, Long... dossierIds) {
        return decisions.draft(Fixture.YEAR, List.of(dossierIds), body(f), null, null, null, f.user("bcd"));
    }

    /** A khu dân cư's dossier of the test's year not used by another case yet. */
    /** A document attached to the dossier by its officer: the id of the attachment. */
    static long attached(Fixture f, DossierService dossiers, long dossier) {
        dossiers.attach(dossier, AttachmentKind.OTHER, "tai-lieu-khac.pdf",
                "%PDF-1.4 khác".getBytes(StandardCharsets.UTF_8), f.user(officerOf(f, dossier)));
        return f.jdbc.queryForObject("select max(id) from dossier_attachment where dossier_id = ?", Long.class,
                dossier);
    }

    static long areaDossier(Fixture f) {
        return f.jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = ? and d.subject_kind = 'RESIDENTIAL_AREA' and d.state = 'DRAFT' and d.version = 0
                and not exists (select 1 from dossier_attachment a where a.dossier_id = d.id)
                order by d.id limit 1""", Long.class, Fixture.YEAR);
    }

    /**
     * A commune's dossier of the test's year, moved to {@code state} as if its earlier steps had been taken. The year
     * has one per commune; when every one is used (the authorization matrix sends these actions too), a new
     * organization's dossier, which goes the same way through the town police and the steering committee.
     */
    static long communeDossier(Fixture f, String state, boolean met) {
        List<Long> fresh = f.jdbc.queryForList("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = ? and d.subject_kind = 'COMMUNE' and d.state = 'DRAFT' and d.version = 0
                order by d.id limit 1""", Long.class, Fixture.YEAR);
        long dossier = fresh.isEmpty() ? organizationDossier(f) : fresh.get(0);
        String officer = officerOf(f, dossier);
        f.jdbc.update("""
                update dossier set state = ?, version = 1, submitted_by = ?, submitted_at = now(),
                appraised_by = case when ? in ('APPRAISED', 'RECOGNIZED') then ? end,
                conclusion_met = case when ? in ('APPRAISED', 'RECOGNIZED') then ? end
                where id = ?""", state, f.userId(officer), state, f.userId("congan"), state, met, dossier);
        return dossier;
    }

    /** A dossier of a new organization the test's year's roster names (its commune's, in draft). */
    static long organizationDossier(Fixture f) {
        long organization = RegistryCases.newOrganization(f);
        f.send("bcd", "/years/" + Fixture.YEAR + "/roster/add-active", fields("basis", "Quyết định số 6/QĐ-BCĐ"));
        createAll(f, "bcd");
        return f.jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = ? and d.organization_id = ?""", Long.class, Fixture.YEAR, organization);
    }

    /** "Tạo tất cả hồ sơ" of the test's year as the user, confirming what their list offers. */
    static void createAll(Fixture f, String user) {
        List<String> subjects = WebSession.hiddenValues(f.session(user).get("/dossiers?year=" + Fixture.YEAR).body(),
                "subjects");
        if (!subjects.isEmpty()) {
            f.send(user, "/dossiers/create-all", fields("year", Fixture.YEAR, "subjects", subjects.get(0)));
        }
    }

    static String officerOf(Fixture f, long dossier) {
        return f.jdbc.queryForObject("""
                select u.username from user_account u join dossier d on d.acting_commune_id = u.commune_id
                where d.id = ? order by u.id limit 1""", String.class, dossier);
    }

    private static long rosterEntry(Fixture f) {
        f.send("bcd", "/years/" + Fixture.YEAR + "/roster/add-active", fields("basis", "Quyết định số 1/QĐ-BCĐ"));
        return f.jdbc.queryForObject("""
                select r.id from roster_entry r join evaluation_year y on y.id = r.year_id
                where y.year = ? and r.version = 0
                and not exists (select 1 from dossier d where d.year_id = r.year_id
                                and d.organization_id = r.organization_id)
                order by r.id limit 1""", Long.class, Fixture.YEAR);
    }
}
