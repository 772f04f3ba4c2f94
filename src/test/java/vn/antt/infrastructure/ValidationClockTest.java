package vn.antt.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.antt.support.AnttIntegrationTest;

/** Today in Vietnam is never "in the future", whatever the server's time zone. */
@AnttIntegrationTest
class ValidationClockTest {

    @Autowired
    ValidatorFactory validation;

    @Autowired
    Clock clock;

    record Form(@PastOrPresent LocalDate day) {
    }

    @Test
    void validationUsesVietnamTime() {
        assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(clock.getZone());
        Validator validator = validation.getValidator();
        assertThat(validator.validate(new Form(LocalDate.now(clock)))).isEmpty();
        assertThat(validator.validate(new Form(LocalDate.now(clock).plusDays(1)))).hasSize(1);
    }
}
