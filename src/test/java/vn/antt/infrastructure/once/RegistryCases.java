package vn.antt.infrastructure.once;

import static vn.antt.infrastructure.once.Action.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antt.infrastructure.excel.ImportSheet;
import vn.antt.support.Sessions;
import vn.antt.support.WebSession;

/** The registry's actions (khu dân cư, organizations, models, commendations, events, imports) and administration. */
final class RegistryCases {

    private RegistryCases() {
    }

    static Map<String, Case> all() {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("POST /organizations/new", f -> {
            Map<String, String> form = organization(f);
            return Action.of(f.officer(), "/organizations/new", form)
                    .counting("select count(*) from organization where name = ?", form.get("name"));
        });
        cases.put("POST /organizations/{id}/edit", f -> {
            long id = newOrganization(f);
            Map<String, String> form = organization(f);
            form.put("version", String.valueOf(f.version("organization", id)));
            return Action.of(f.officer(), "/organizations/" + id + "/edit", form).audited("ORGANIZATION_UPDATED");
        });
        cases.put("POST /organizations/{id}/archive", f -> {
            long id = newOrganization(f);
            return Action.of(f.officer(), "/organizations/" + id + "/archive",
                    fields("version", f.version("organization", id))).audited("ORGANIZATION_ARCHIVED");
        });
        cases.put("POST /organizations/{id}/restore", f -> {
            long id = newOrganization(f);
            f.send(f.officer(), "/organizations/" + id + "/archive", fields("version", f.version("organization", id)));
            return Action.of(f.officer(), "/organizations/" + id + "/restore",
                    fields("version", f.version("organization", id))).audited("ORGANIZATION_RESTORED");
        });

        cases.put("POST /communes/{code}/areas/new", f -> {
            Map<String, String> form = area(f);
            return Action.of(f.officer(), "/communes/" + Fixture.COMMUNE_CODE + "/areas/new", form)
                    .counting("select count(*) from residential_area where name = ?", form.get("name"));
        });
        cases.put("POST /areas/{id}/edit", f -> {
            long id = newArea(f);
            Map<String, String> form = area(f);
            form.put("version", String.valueOf(f.version("residential_area", id)));
            return Action.of(f.officer(), "/areas/" + id + "/edit", form).audited("AREA_UPDATED");
        });
        cases.put("POST /areas/{id}/archive", f -> {
            long id = newArea(f);
            return Action.of(f.officer(), "/areas/" + id + "/archive", fields("version",
                    f.version("residential_area", id), "lastDay", "31/05/2025")).audited("AREA_ARCHIVED");
        });
        cases.put("POST /areas/{id}/restore", f -> {
            long id = newArea(f);
            f.send(f.officer(), "/areas/" + id + "/archive", fields("version", f.version("residential_area", id),
                    "lastDay", "31/05/2025"));
            return Action.of(f.officer(), "/areas/" + id + "/restore",
                    fields("version", f.version("residential_area", id))).audited("AREA_RESTORED");
        });

        cases.put("POST /models/new", f -> {
            Map<String, String> form = model(f);
            return Action.of(f.officer(), "/models/new", form)
                    .counting("select count(*) from self_managed_model where name = ?", form.get("name"));
        });
        cases.put("POST /models/{id}/edit", f -> {
            long id = newModel(f);
            Map<String, String> form = model(f);
            form.put("version", String.valueOf(f.version("self_managed_model", id)));
            return Action.of(f.officer(), "/models/" + id + "/edit", form).audited("MODEL_UPDATED");
        });
        cases.put("POST /models/{id}/status", f -> {
            long id = newModel(f);
            return Action.of(f.officer(), "/models/" + id + "/status", fields("status", "SUSPENDED",
                    "changedOn", "01/06/2024", "reason", "Tạm ngừng để củng cố",
                    "version", f.version("self_managed_model", id))).audited("MODEL_STATUS_CHANGED");
        });
        cases.put("POST /models/{id}/assessment", f -> {
            long id = newModel(f);
            return Action.of(f.officer(), "/models/" + id + "/assessment", fields("year", 2024, "quality", "GOOD",
                    "tipsReported", 3)).counting("select count(*) from model_assessment where model_id = ?", id);
        });
        cases.put("POST /models/{id}/members", f -> {
            long id = newModel(f);
            return Action.of(f.officer(), "/models/" + id + "/members", fields("memberName", "Lê Văn Thành Viên",
                    "memberRole", "Tổ viên", "memberPhone", "0912345678"))
                    .counting("select count(*) from model_member where model_id = ?", id);
        });
        cases.put("POST /models/{id}/members/{memberId}/delete", f -> {
            long id = newModel(f);
            f.send(f.officer(), "/models/" + id + "/members", fields("memberName", "Trần Thị Rời Tổ"));
            long member = f.jdbc.queryForObject("select max(id) from model_member where model_id = ?", Long.class, id);
            return Action.of(f.officer(), "/models/" + id + "/members/" + member + "/delete", fields())
                    .counting("select count(*) from model_member where model_id = ?", id).removing();
        });

        cases.put("POST /commendations/new", f -> {
            Map<String, String> form = commendation(f);
            return Action.of("bcd", "/commendations/new", form)
                    .counting("select count(*) from commendation where decision_number = ?", form.get("decisionNumber"));
        });
        cases.put("POST /commendations/{id}", f -> {
            long id = newCommendation(f);
            Map<String, String> form = commendation(f);
            form.put("version", String.valueOf(f.version("commendation", id)));
            return Action.of("bcd", "/commendations/" + id, form).audited("COMMENDATION_SAVED");
        });
        cases.put("POST /commendations/{id}/delete", f -> {
            long id = newCommendation(f);
            return Action.of("bcd", "/commendations/" + id + "/delete", fields("version",
                    f.version("commendation", id))).counting("select count(*) from commendation where id = ?", id)
                    .removing();
        });
        cases.put("POST /events/new", f -> {
            Map<String, String> form = event(f);
            return Action.of(f.officer(), "/events/new", form).counting(
                    "select count(*) from movement_event where commune_id = ? and held_on = ?", f.communeId(),
                    LocalDate.parse(form.get("heldOn"), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        });
        cases.put("POST /events/{id}", f -> {
            long id = newEvent(f);
            Map<String, String> form = event(f);
            form.put("version", String.valueOf(f.version("movement_event", id)));
            return Action.of(f.officer(), "/events/" + id, form).audited("EVENT_SAVED");
        });
        cases.put("POST /events/{id}/delete", f -> {
            long id = newEvent(f);
            return Action.of(f.officer(), "/events/" + id + "/delete", fields("version",
                    f.version("movement_event", id))).counting("select count(*) from movement_event where id = ?", id)
                    .removing();
        });

        cases.put("POST /imports", f -> {
            String name = "Tổ nhập một lần " + f.unique();
            return Action.of(f.officer(), "/imports", fields("kind", "models")).upload(modelsFile(name))
                    .counting("select count(*) from import_batch where file_name = ?", name + ".xlsx");
        });
        cases.put("POST /imports/{id}/confirm", f -> {
            String name = "Tổ nhập một lần " + f.unique();
            long batch = Fixture.id(f.sendFile(f.officer(), "/imports", fields("kind", "models"), modelsFile(name)));
            String shown = WebSession.hiddenValues(f.session(f.officer()).get("/imports/" + batch).body(),
                    "shownSet").get(0);
            return Action.of(f.officer(), "/imports/" + batch + "/confirm", fields("shownSet", shown))
                    .counting("select count(*) from self_managed_model where name = ?", name);
        });

        cases.put("POST /admin/model-types", f -> {
            String code = "ONCE_" + f.unique().replace('-', '_').toUpperCase();
            return Action.of("admin", "/admin/model-types", fields("code", code, "name", "Loại " + code))
                    .counting("select count(*) from model_type where code = ?", code);
        });
        cases.put("POST /admin/model-types/{id}", f -> {
            long id = newModelType(f);
            return Action.of("admin", "/admin/model-types/" + id, fields("version", f.version("model_type", id),
                    "name", "Loại đổi tên " + f.unique(), "figureLabel", "Số camera")).audited("MODEL_TYPE_CHANGED");
        });
        cases.put("POST /admin/model-types/{id}/retire", f -> {
            long id = newModelType(f);
            return Action.of("admin", "/admin/model-types/" + id + "/retire", fields("version",
                    f.version("model_type", id), "retired", true))
                    .audited("MODEL_TYPE_CHANGED");
        });
        cases.put("POST /admin/commendation-issuers", f -> {
            String code = "ONCE_" + f.unique().replace('-', '_').toUpperCase();
            return Action.of("admin", "/admin/commendation-issuers", fields("code", code, "name",
                    "Cấp khen " + code, "position", 9)).counting(
                    "select count(*) from commendation_issuer where code = ?", code);
        });

        cases.put("POST /admin/users/new", f -> {
            Map<String, String> form = user(f);
            return Action.of("admin", "/admin/users/new", form)
                    .counting("select count(*) from user_account where username = ?", form.get("username"));
        });
        cases.put("POST /admin/users/{id}", f -> {
            long id = newUser(f);
            return Action.of("admin", "/admin/users/" + id, fields("fullName", "Người Đổi Tên " + f.unique(),
                    "roles", "COMMUNE_OFFICER", "communeId", f.communeId(), "version",
                    f.version("user_account", id))).audited("USER_UPDATED");
        });
        cases.put("POST /admin/users/{id}/disable", f -> {
            long id = newUser(f);
            return Action.of("admin", "/admin/users/" + id + "/disable", fields("version",
                    f.version("user_account", id))).audited("USER_DISABLED");
        });
        cases.put("POST /admin/users/{id}/enable", f -> {
            long id = newUser(f);
            f.send("admin", "/admin/users/" + id + "/disable", fields("version", f.version("user_account", id)));
            return Action.of("admin", "/admin/users/" + id + "/enable", fields("version",
                    f.version("user_account", id))).audited("USER_ENABLED");
        });
        cases.put("POST /admin/users/{id}/reset-password", f -> Action.of("admin", "/admin/users/" + newUser(f)
                + "/reset-password", fields("password", "mat-khau-tam-2026", "confirmPassword", "mat-khau-tam-2026"))
                .audited("PASSWORD_RESET"));
        cases.put("POST /account/password", f -> {
            String username = f.jdbc.queryForObject("select username from user_account where id = ?", String.class,
                    newUser(f));
            return Action.of(username, "/account/password", fields("currentPassword", Sessions.DEMO_PASSWORD,
                    "newPassword", "mat-khau-moi-2026", "confirmPassword", "mat-khau-moi-2026"))
                    .audited("PASSWORD_CHANGED").notFollowable();
        });
        return cases;
    }

    static Map<String, String> organization(Fixture f) {
        return fields("name", "Công ty Một Lần " + f.unique(), "kind", "ENTERPRISE", "communeId", f.communeId(),
                "taxCode", f.digits(), "guardForce", "NONE", "guardCount", 0, "staffCount", 12);
    }

    /** A khu dân cư of 2025 only: the closed years' figures (the 70% line of 2022) stay as the demo has them. */
    static Map<String, String> area(Fixture f) {
        return fields("name", "Thôn Một Lần " + f.unique(), "kind", "THON", "households", 120, "validFrom",
                "01/01/2025");
    }

    static Map<String, String> model(Fixture f) {
        return fields("name", "Tổ Một Lần " + f.unique(), "typeId", f.jdbc.queryForObject(
                "select id from model_type where code = 'TO_TU_QUAN'", Long.class), "communeId", f.communeId(),
                "foundedOn", "01/03/2024", "membersCount", 10, "leaderName", "Nguyễn Văn Tổ");
    }

    static Map<String, String> commendation(Fixture f) {
        return fields("year", 2024, "form", "CERTIFICATE_OF_MERIT", "issuerId", f.jdbc.queryForObject(
                "select min(id) from commendation_issuer", Long.class), "decisionNumber", f.digits() + "/QĐ-UBND",
                "decisionDate", "15/12/2024", "recipientKind", "COMMUNE", "communeId", f.communeId(),
                "achievement", "Thành tích xuất sắc");
    }

    static Map<String, String> event(Fixture f) {
        // a day of a year no one else records events in: one Ngày hội a day per commune
        LocalDate day = LocalDate.of(2016, 1, 1).plusDays(f.next());
        return fields("kind", "FESTIVAL", "communeId", f.communeId(), "heldOn",
                day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "place", "Nhà văn hóa thôn",
                "participants", 150);
    }

    static Map<String, String> user(Fixture f) {
        return fields("username", "motlan" + f.unique().replace("-", ""), "fullName", "Cán Bộ Một Lần",
                "roles", "COMMUNE_OFFICER", "communeId", f.communeId(), "password", Sessions.DEMO_PASSWORD,
                "confirmPassword", Sessions.DEMO_PASSWORD);
    }

    static long newOrganization(Fixture f) {
        return Fixture.id(f.send(f.officer(), "/organizations/new", organization(f)));
    }

    static long newArea(Fixture f) {
        return Fixture.id(f.send(f.officer(), "/communes/" + Fixture.COMMUNE_CODE + "/areas/new", area(f)));
    }

    static long newModel(Fixture f) {
        return Fixture.id(f.send(f.officer(), "/models/new", model(f)));
    }

    static long newCommendation(Fixture f) {
        Map<String, String> form = commendation(f);
        f.send("bcd", "/commendations/new", form);
        return f.jdbc.queryForObject("select id from commendation where decision_number = ?", Long.class,
                form.get("decisionNumber"));
    }

    static long newEvent(Fixture f) {
        Map<String, String> form = event(f);
        f.send(f.officer(), "/events/new", form);
        return f.jdbc.queryForObject("select max(id) from movement_event where commune_id = ?", Long.class,
                f.communeId());
    }

    static long newModelType(Fixture f) {
        String code = "ONCE_" + f.unique().replace('-', '_').toUpperCase();
        f.send("admin", "/admin/model-types", fields("code", code, "name", "Loại " + code));
        return f.jdbc.queryForObject("select id from model_type where code = ?", Long.class, code);
    }

    static long newUser(Fixture f) {
        Map<String, String> form = user(f);
        f.send("admin", "/admin/users/new", form);
        return f.userId(form.get("username"));
    }

    static WebSession.Upload modelsFile(String name) throws Exception {
        List<String> headers = List.of("Tên mô hình", "Mã loại mô hình", "Mã xã, phường", "Khu dân cư",
                "Ngày thành lập", "Số quyết định thành lập", "Ngày quyết định", "Cơ quan ra quyết định",
                "Người phụ trách / Tổ trưởng", "Điện thoại người phụ trách", "Số thành viên", "Đơn vị chủ trì",
                "Số liệu của loại mô hình", "Mô tả hoạt động");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of(name, "TO_TU_QUAN", Fixture.COMMUNE_CODE, "", "01/04/2024", "", "", "",
                "Nguyễn Văn Nhập", "0912345678", 9, "Công an xã", "", "Nhập một lần")));
        return new WebSession.Upload(name + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ImportSheet.write(headers, rows, null, null));
    }
}
