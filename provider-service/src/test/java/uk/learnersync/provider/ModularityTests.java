package uk.learnersync.provider;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules' boundaries hold: no module reaches into another's internals, and there are no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(LearnerSyncApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
