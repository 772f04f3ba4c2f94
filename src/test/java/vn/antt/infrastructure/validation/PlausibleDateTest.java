package vn.antt.infrastructure.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/** Every date a form takes has a plausible range, and the range holds at its edges. */
class PlausibleDateTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Clock NOW = Clock.fixed(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, VIETNAM).toInstant(), VIETNAM);
    static final LocalDate FOUNDING = LocalDate.of(1945, 1, 1);

    @Test
    void aDateIsPlausibleFromTheFloorToTodayOrTheYearsAheadItAllows() {
        assertThat(PlausibleDateValidator.isPlausible(null, FOUNDING, 0, NOW)).isTrue();
        assertThat(PlausibleDateValidator.isPlausible(FOUNDING, FOUNDING, 0, NOW)).isTrue();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(1944, 12, 31), FOUNDING, 0, NOW)).isFalse();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(1800, 1, 1), FOUNDING, 0, NOW)).isFalse();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(2026, 11, 30), FOUNDING, 0, NOW)).isTrue();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(2026, 12, 1), FOUNDING, 0, NOW)).isFalse();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(2027, 11, 30), FOUNDING, 1, NOW)).isTrue();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(2027, 12, 1), FOUNDING, 1, NOW)).isFalse();
        assertThat(PlausibleDateValidator.isPlausible(LocalDate.of(2099, 1, 1), FOUNDING, 2, NOW)).isFalse();
    }

    /** A date field added to a form later without a range fails here. */
    @Test
    void everyDateFieldOfEveryFormObjectHasAPlausibleRange() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile("vn\\.antt\\..*\\.web\\..*")));
        List<String> dateFields = new ArrayList<>();
        List<String> withoutRange = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("vn.antt")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == LocalDate.class && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    String name = type.getSimpleName() + "." + field.getName();
                    dateFields.add(name);
                    if (!field.isAnnotationPresent(PlausibleDate.class)) {
                        withoutRange.add(name);
                    }
                }
            }
        }
        assertThat(dateFields).contains("ModelFormData.foundedOn", "EventFormData.heldOn",
                "YearFormData.recognitionDeadline", "OrganizationFormData.protectionRulesDate");
        assertThat(withoutRange).isEmpty();
    }
}
