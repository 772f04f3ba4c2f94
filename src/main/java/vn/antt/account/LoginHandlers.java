package vn.antt.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Counts wrong passwords (five lock the account for fifteen minutes) and records every login. */
@Configuration(proxyBeanMethods = false)
class LoginHandlers {

    @Bean
    AuthenticationSuccessHandler loginSuccessHandler(AccountService accounts) {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            accounts.loginSucceeded(authentication.getName());
            redirect.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Bean
    AuthenticationFailureHandler loginFailureHandler(AccountService accounts) {
        return new FailureHandler(accounts);
    }

    private record FailureHandler(AccountService accounts) implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException, ServletException {
            String outcome;
            if (exception instanceof LockedException) {
                outcome = "locked";
            }
            else if (exception instanceof DisabledException) {
                outcome = "disabled";
            }
            else {
                outcome = accounts.loginFailed(request.getParameter("username")) ? "locked" : "error";
            }
            response.sendRedirect(request.getContextPath() + "/login?" + outcome);
        }
    }
}
