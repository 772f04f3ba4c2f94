package vn.antt.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import vn.antt.infrastructure.security.FormReturn;

/**
 * Checks a login, counts wrong passwords (five lock the account, or the unknown username, for fifteen minutes) and
 * records every login. Whether an account exists, is locked or is disabled is told only to whoever gives its right
 * password: every wrong password gets the same answer.
 */
@Configuration(proxyBeanMethods = false)
class LoginHandlers {

    /** Spring's provider, with the account's state checked only after its password (Spring checks it before). */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    AuthenticationSuccessHandler loginSuccessHandler(AccountService accounts) {
        SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            accounts.loginSucceeded(authentication.getName());
            // a form sent after its session ended: back to its page, where the typed input is restored
            var formPage = FormReturn.take(request);
            if (formPage.isPresent()) {
                FormReturn.leadBack(request, response, formPage.get(), null);
                return;
            }
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
            // locked and disabled come only after the right password (see authenticationProvider)
            String outcome;
            if (exception instanceof LockedException) {
                outcome = "locked";
            }
            else if (exception instanceof DisabledException) {
                outcome = "disabled";
            }
            else {
                accounts.loginFailed(request.getParameter("username"));
                outcome = "error";
            }
            response.sendRedirect(request.getContextPath() + "/login?" + outcome);
        }
    }
}
