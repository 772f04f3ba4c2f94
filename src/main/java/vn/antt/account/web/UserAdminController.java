package vn.antt.account.web;

import jakarta.validation.groups.Default;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.account.AccountService;
import vn.antt.account.UserAccount;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.Role;
import vn.antt.infrastructure.problem.FieldProblem;
import vn.antt.infrastructure.web.Pages;
import vn.antt.infrastructure.problem.StaleEditException;
import vn.antt.territory.CommuneService;

/** Quản trị › Người dùng: list, create, edit roles and commune, disable, reset password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final String LIST = "admin/users";
    private static final String FORM = "admin/user-form";
    private static final String RESET = "admin/user-reset";

    private final AccountService accounts;
    private final CommuneService communes;

    UserAdminController(AccountService accounts, CommuneService communes) {
        this.accounts = accounts;
        this.communes = communes;
    }

    @InitBinder
    void protectIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("communeChoices", communes.allOfDistrict());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @PageableDefault(size = 50) Pageable pageable,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", accounts.search(q, Pages.unsorted(pageable)));
        return LIST;
    }

    @GetMapping("/new")
    String newForm(@ModelAttribute("form") UserFormData form) {
        return FORM;
    }

    @PostMapping("/new")
    String create(@Validated({Default.class, UserFormData.Creation.class}) @ModelAttribute("form") UserFormData form,
                  BindingResult result, RedirectAttributes redirect) {
        if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            UserAccount account = accounts.create(form.getUsername(), form.getFullName(), form.getRoles(),
                    form.getCommuneId(), form.getPassword());
            redirect.addFlashAttribute("success", "user.created");
            redirect.addAttribute("q", account.getUsername());
            return "redirect:/admin/users";
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("form", UserFormData.from(account));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") UserFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes redirect) {
        UserAccount account = accounts.get(id);
        model.addAttribute("account", account);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            accounts.update(id, form.getVersion(), form.getFullName(), form.getRoles(), form.getCommuneId(), actor);
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return FORM;
        }
        catch (StaleEditException stale) {
            model.addAttribute("stale", true);
            return FORM;
        }
        redirect.addFlashAttribute("success", "user.updated");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser actor,
                   RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, version, false, actor);
            redirect.addFlashAttribute("success", "user.disabled");
        }
        catch (FieldProblem problem) {
            redirect.addFlashAttribute("failure", problem.messageKey());
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "common.stale");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser actor,
                  RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, version, true, actor);
            redirect.addFlashAttribute("success", "user.enabled");
        }
        catch (StaleEditException stale) {
            redirect.addFlashAttribute("failure", "common.stale");
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/reset-password")
    String resetForm(@PathVariable long id, @ModelAttribute("form") ResetPasswordFormData form, Model model) {
        model.addAttribute("account", accounts.get(id));
        return RESET;
    }

    @PostMapping("/{id}/reset-password")
    String reset(@PathVariable long id, @Validated @ModelAttribute("form") ResetPasswordFormData form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("account", accounts.get(id));
        if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return RESET;
        }
        try {
            accounts.resetPassword(id, form.getPassword());
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return RESET;
        }
        redirect.addFlashAttribute("success", "user.passwordReset");
        return "redirect:/admin/users";
    }
}
