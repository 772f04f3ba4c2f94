package vn.antt.infrastructure.once;

import static vn.antt.infrastructure.once.Action.fields;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.antt.account.AccountService;
import vn.antt.certification.DecisionService;
import vn.antt.certification.DossierService;
import vn.antt.certification.KnownYears;
import vn.antt.infrastructure.web.once.FormTokens;
import vn.antt.support.WebSession;

/**
 * The state-changing requests the authorization matrix (issue 12 §1) declares allowed: for a mapping and a role, one
 * valid request built by the once-only cases on records of their own (never the demo's shared ones), sent once to
 * the real server as that role, with what it answered and how far its effect moved in the database.
 */
public final class AllowedRequests {

    /** Who sends: a district-wide role, or a commune officer on their own commune's records. */
    public enum Sender {
        ADMIN("admin"), STEERING("bcd"), APPRAISER("congan"), OFFICER(null);

        final String username;

        Sender(String username) {
            this.username = username;
        }
    }

    /** The answer and the effect: {@code effect} is what the action's count moved, {@code expected} what it should. */
    public record Sent(String user, String path, int status, String location, long effect, int expected) {

        /** 2xx, or a redirect that is not to the login page. */
        public boolean allowed() {
            return status >= 200 && status < 400 && !location.contains("/login");
        }

        public boolean tookEffect() {
            return effect == expected;
        }
    }

    /** Years no test keeps open: a year the year cases open is removed again right after its request. */
    private static final List<Integer> SPARE_YEARS = List.of(2014, 2015, 2024);

    private final Fixture f;
    private final DossierService dossiers;
    private final KnownYears knownYears;
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final List<Integer> opened = new ArrayList<>();

    public AllowedRequests(int port, JdbcTemplate jdbc, FormTokens tokens, AccountService accounts,
                           DossierService dossiers, DecisionService decisions, KnownYears knownYears) {
        this.f = new Fixture(port, jdbc, tokens, accounts);
        this.knownYears = knownYears;
        this.dossiers = dossiers;
        cases.putAll(RegistryCases.all());
        cases.putAll(CertificationCases.all(dossiers, decisions));
        CertificationCases.openOwnYear(f, dossiers);
    }

    /** Builds a valid request of the mapping on fresh records, sends it once as the sender, and counts its effect. */
    public Sent send(String mapping, Sender sender) throws Exception {
        try {
            Action action = build(mapping, sender);
            long before = effect(action);
            WebSession session = f.session(action.user());
            Map<String, String> form = new LinkedHashMap<>(action.fields());
            form.put(FormTokens.FIELD, f.tokens.issue(action.user()));
            HttpResponse<String> response = action.upload() == null ? session.post(action.path(), form)
                    : session.postMultipart(action.path(), form, "file", action.upload());
            return new Sent(action.user(), action.path(), response.statusCode(),
                    response.headers().firstValue("Location").orElse(""), effect(action) - before, action.expected());
        }
        finally {
            releaseYears();
        }
    }

    private Action build(String mapping, Sender sender) throws Exception {
        int year = Fixture.YEAR;
        switch (mapping) {
            case "POST /years" -> {
                int spare = spareYear();
                opened.add(spare);
                return Action.of(sender.username, "/years", CertificationCases.year(f, spare))
                        .counting("select count(*) from evaluation_year where year = ?", spare);
            }
            case "POST /years/{year}/close" -> {
                // a year opened for this request alone (closing the test's own would end its cases)
                int spare = spareYear();
                opened.add(spare);
                f.send("bcd", "/years", CertificationCases.year(f, spare));
                return Action.of(sender.username, "/years/" + spare + "/close", fields())
                        .counting("select count(*) from evaluation_year where year = ? and closed_at is not null", spare);
            }
            case "POST /dossiers/create-all" -> {
                if (sender == Sender.STEERING) {
                    return cases.get(mapping).build(f);
                }
                long organization = sender == Sender.APPRAISER ? townOrganization()
                        : organizationOnRoster();
                String user = sender == Sender.APPRAISER ? "congan" : f.officer();
                return Action.of(user, "/dossiers/create-all", fields("year", year, "subjects",
                        String.join(" ", dossiers.toCreate(year, f.user(user))))).counting("""
                        select count(*) from dossier d join evaluation_year y on y.id = d.year_id
                        where y.year = ? and d.organization_id = ?""", year, organization);
            }
            default -> {
                // handled below
            }
        }
        if (mapping.equals("POST /dossiers/{id}/attachments") && sender == Sender.APPRAISER) {
            // the town police prepare the dossiers of the organizations the town manages
            long dossier = townDossier();
            return Action.of("congan", "/dossiers/" + dossier + "/attachments", fields("kind", "OTHER"))
                    .upload(Fixture.pdf())
                    .counting("select count(*) from dossier_attachment where dossier_id = ?", dossier);
        }
        if (mapping.equals("POST /dossiers/{id}/revoke") && sender == Sender.OFFICER) {
            // a khu dân cư is recognised, and its recognition revoked, by its commune
            long dossier = CertificationCases.areaDossier(f);
            f.jdbc.update("update dossier set state = 'RECOGNIZED', conclusion_met = true, version = 1 where id = ?",
                    dossier);
            return Action.of(CertificationCases.officerOf(f, dossier), "/dossiers/" + dossier + "/revoke", fields(
                    "version", 1, "reason", "Vi phạm; Quyết định thu hồi số 4/QĐ-UBND")).recorded(dossier, "REVOKE");
        }
        Case known = cases.get(mapping);
        if (known == null) {
            throw new IllegalStateException("no case builds " + mapping);
        }
        Action base = known.build(f);
        if (sender == Sender.OFFICER) {
            if (Stream.of(Sender.values()).anyMatch(s -> base.user().equals(s.username))) {
                throw new IllegalStateException("the case of " + mapping + " is not a commune officer's");
            }
            return base;
        }
        return base.by(sender.username);
    }

    private int spareYear() {
        return SPARE_YEARS.stream().filter(y -> f.jdbc.queryForObject(
                "select count(*) from evaluation_year where year = ?", Integer.class, y) == 0)
                .findFirst().orElseThrow(() -> new IllegalStateException("no spare evaluation year"));
    }

    /** Removes the years opened for a year case (and what closing one kept), so that they stay free. */
    private void releaseYears() {
        for (int year : opened) {
            f.jdbc.update("delete from year_figures where year_id in (select id from evaluation_year where year = ?)",
                    year);
            f.jdbc.update("delete from evaluation_year where year = ?", year);
        }
        opened.clear();
        // deleted by SQL, behind the app's back: the years it keeps in memory are told
        knownYears.forget();
    }

    /** A new organization of the officer's commune, on the test's year's roster (managed by the commune). */
    private long organizationOnRoster() {
        long organization = RegistryCases.newOrganization(f);
        f.send("bcd", "/years/" + Fixture.YEAR + "/roster/add-active", fields("basis", "Quyết định số 8/QĐ-BCĐ"));
        return organization;
    }

    /** A new organization on the test's year's roster, managed by the town (its dossier is the town police's). */
    private long townOrganization() {
        long organization = organizationOnRoster();
        long entry = f.jdbc.queryForObject("""
                select r.id from roster_entry r join evaluation_year y on y.id = r.year_id
                where y.year = ? and r.organization_id = ?""", Long.class, Fixture.YEAR, organization);
        f.send("bcd", "/years/" + Fixture.YEAR + "/roster/" + entry, fields("version", f.version("roster_entry", entry),
                "manager", "TOWN", "basis", "Quyết định số 9/QĐ-BCĐ"));
        return organization;
    }

    private long townDossier() {
        long organization = townOrganization();
        CertificationCases.createAll(f, "congan");
        return f.jdbc.queryForObject("""
                select d.id from dossier d join evaluation_year y on y.id = d.year_id
                where y.year = ? and d.organization_id = ?""", Long.class, Fixture.YEAR, organization);
    }

    private long effect(Action action) {
        Long count = f.jdbc.queryForObject(action.effectSql(), Long.class, action.effectArgs());
        return count == null ? 0 : count;
    }
}
