package vn.antt.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.antt.organization.OrganizationKind;

/** A value that does not convert into a chosen field is answered "choose again"; a typed one keeps its own message. */
class ChoiceMessageCodesTest {

    final ChoiceMessageCodes.Resolver resolver = new ChoiceMessageCodes.Resolver();

    @Test
    void enumsBooleansIdsAndCheckBoxGroupsAreChoices() {
        for (Class<?> chosen : new Class<?>[] {OrganizationKind.class, boolean.class, Boolean.class, Long.class,
                Set.class}) {
            String[] codes = resolver.resolveMessageCodes("typeMismatch", "form", "field", chosen);
            assertThat(codes).as(chosen.getName()).endsWith("typeMismatch.choice", "typeMismatch");
        }
    }

    @Test
    void typedValuesAndOtherErrorsKeepTheirCodes() {
        assertThat(resolver.resolveMessageCodes("typeMismatch", "form", "day", LocalDate.class))
                .doesNotContain("typeMismatch.choice").contains("typeMismatch.java.time.LocalDate");
        assertThat(resolver.resolveMessageCodes("typeMismatch", "form", "count", Integer.class))
                .doesNotContain("typeMismatch.choice");
        assertThat(resolver.resolveMessageCodes("NotNull", "form", "kind", OrganizationKind.class))
                .doesNotContain("typeMismatch.choice");
    }
}
