package vn.antt.infrastructure.validation;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "@PastOrPresent" and friends judge dates on Vietnam's clock, not the server's zone: just after midnight in Ninh
 * Hòa, today's date is not "in the future" because the server still runs on UTC's yesterday.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer vietnamClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
