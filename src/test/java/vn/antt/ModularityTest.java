package vn.antt;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature modules depend on each other only through their top-level API, without cycles. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(AnttApplication.class).verify();
    }
}
