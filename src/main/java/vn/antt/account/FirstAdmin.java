package vn.antt.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a database of its own (no demo data), the first administrator comes from {@code ANTT_ADMIN_USERNAME} and
 * {@code ANTT_ADMIN_PASSWORD} when no administrator exists yet: there are no default passwords.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final Environment environment;

    FirstAdmin(AccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = environment.getProperty("ANTT_ADMIN_USERNAME");
        String password = environment.getProperty("ANTT_ADMIN_PASSWORD");
        if (StringUtils.hasText(username) && StringUtils.hasText(password)
                && accounts.createFirstAdminIfNone(username, password)) {
            log.info("Created the first administrator '{}' from ANTT_ADMIN_USERNAME", username);
        }
    }
}
