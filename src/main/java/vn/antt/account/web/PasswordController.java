package vn.antt.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.antt.account.AccountService;
import vn.antt.infrastructure.security.CurrentUser;
import vn.antt.infrastructure.security.CurrentUsers;
import vn.antt.infrastructure.problem.FieldProblem;

/** Đổi mật khẩu: every user, and first of all one whose password an administrator reset. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private static final String VIEW = "account/password";

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(@ModelAttribute("form") ChangePasswordFormData form) {
        return VIEW;
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") ChangePasswordFormData form, BindingResult result,
                  @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("newPassword") && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.changeOwnPassword(user.id(), form.getCurrentPassword(), form.getNewPassword(),
                    request.getSession().getId());
        }
        catch (FieldProblem problem) {
            result.rejectValue(problem.field(), problem.messageKey());
            return VIEW;
        }
        CurrentUsers.replace(user.withPasswordChanged(), request, response);
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }
}
