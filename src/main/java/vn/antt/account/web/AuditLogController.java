package vn.antt.account.web;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.antt.infrastructure.audit.AuditTrail;
import vn.antt.infrastructure.web.Pages;

/** Quản trị › Nhật ký hệ thống: logins and changes, newest first, optionally of one user. */
@Controller
class AuditLogController {

    private final AuditTrail audit;

    AuditLogController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String user, @PageableDefault(size = 50) Pageable pageable,
                Model model) {
        model.addAttribute("user", user);
        model.addAttribute("entries", audit.latest(user == null ? null : user.toLowerCase(), Pages.unsorted(pageable)));
        return "admin/audit";
    }
}
