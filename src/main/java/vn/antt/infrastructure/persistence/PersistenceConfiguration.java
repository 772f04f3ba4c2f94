package vn.antt.infrastructure.persistence;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingClock")
class PersistenceConfiguration {

    /** Changes made outside a login (migrations, start-up tasks) are recorded as made by the system. */
    static final String SYSTEM = "system";

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return Optional.of(authentication != null && authentication.isAuthenticated()
                    ? authentication.getName() : SYSTEM);
        };
    }

    @Bean
    DateTimeProvider auditingClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
