package vn.antt.account.web;

import jakarta.validation.constraints.NotBlank;

/** Đặt lại mật khẩu: a temporary password, typed twice, that its owner must replace at the next login. */
public class ResetPasswordFormData {

    @NotBlank
    private String password;

    @NotBlank
    private String confirmPassword;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
