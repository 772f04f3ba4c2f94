package vn.antt.account.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.antt.infrastructure.audit.AuditAction;
import vn.antt.infrastructure.audit.AuditEntry;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.excel.ExcelExport;
import vn.antt.infrastructure.excel.ExcelExport.Column;
import vn.antt.infrastructure.web.Filters;
import vn.antt.infrastructure.web.Formats;
import vn.antt.infrastructure.web.Pages;
import vn.antt.infrastructure.web.StrictDates;

/**
 * Quản trị › Nhật ký hệ thống: logins and changes, newest first, filtered by user, action and days, and the same
 * lines as an Excel file for a reviewer.
 */
@Controller
class AuditLogController {

    private final AuditTrail audit;
    private final ExcelExport excel;
    private final Formats formats;

    AuditLogController(AuditTrail audit, ExcelExport excel, Formats formats) {
        this.audit = audit;
        this.excel = excel;
        this.formats = formats;
    }

    /** The list's query parameters, as typed in the address bar (anything unreadable is ignored). */
    record Params(String user, String action, String from, String to) {
    }

    @GetMapping("/admin/audit")
    String list(Params params, @PageableDefault(size = 50) Pageable pageable, Model model) {
        AuditTrail.Filter filter = filter(params);
        String user = params.user();
        String from = params.from();
        String to = params.to();
        model.addAttribute("user", user);
        model.addAttribute("action", filter.action() == null ? null : filter.action().name());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("fromInvalid", from != null && !from.isBlank() && filter.from() == null);
        model.addAttribute("toInvalid", to != null && !to.isBlank() && filter.to() == null);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entries", audit.search(filter, Pages.unsorted(pageable)));
        return "admin/audit";
    }

    @GetMapping("/admin/audit.xlsx")
    ResponseEntity<StreamingResponseBody> export(Params params) {
        AuditTrail.Filter filter = filter(params);
        List<Column<AuditEntry>> columns = List.of(
                new Column<>("audit.when", e -> formats.dateTime(e.getOccurredAt())),
                new Column<>("audit.user", AuditEntry::getUsername),
                new Column<>("audit.action", e -> excel.label("audit.action." + e.getAction())),
                new Column<>("audit.target", AuditEntry::getTarget),
                new Column<>("audit.detail", AuditEntry::getDetail),
                new Column<>("audit.from", AuditEntry::getRemoteAddress));
        return excel.download("Nhật ký hệ thống.xlsx", "audit.sheet", columns, sink -> audit.forEach(filter, sink));
    }

    /** What the filter's fields typed; a day that is not a date is ignored (and the page says so). */
    private static AuditTrail.Filter filter(Params params) {
        String user = params.user();
        String action = params.action();
        String from = params.from();
        String to = params.to();
        LocalDate first = StrictDates.parse(from);
        LocalDate last = StrictDates.parse(to);
        return new AuditTrail.Filter(user, Filters.enumOf(AuditAction.class, action), first, last);
    }
}
