package uk.learnersync.provider;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import uk.learnersync.provider.support.DocsAssets;

/** The modules' boundaries hold: no module reaches into another's internals, and there are no cycles. */
class ModularityTests {

    /** Analysed once for both tests: the analysis is most of their time. */
    private static final ApplicationModules MODULES = ApplicationModules.of(LearnerSyncApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DocsAssets.folder("modules").toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
