package vn.antt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * Feature modules depend on each other only through their top-level API, without cycles: a module's repositories
 * live in its {@code internal} package, so that another module reading them breaks the check.
 */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(AnttApplication.class).verify();
    }

    @Test
    void aModuleReadingAnotherModulesRepositoryBreaksTheCheck() {
        Violations violations = ApplicationModules.of("vn.antt.modulecheck", location -> true).detectViolations();

        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessages()).anySatisfy(message -> assertThat(message)
                .contains("TownReport").contains("TownRepository").contains("non-exposed"));
    }
}
