package uk.learnersync.provider;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import uk.learnersync.provider.support.DocsAssets;

/** The modules' boundaries hold: no module reaches into another's internals, and there are no cycles. */
class ModularityTests {

    /** Analysed once for both tests: the analysis is most of their time. */
    private static final ApplicationModules MODULES = ApplicationModules.of(LearnerSyncApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** The sync engine and the pages name a connection; only the connector holds its decrypted token. */
    @Test
    void onlyTheConnectorReadsAConnectionsCredentials() {
        noClasses().that().resideOutsideOfPackages("uk.learnersync.provider.epa..", "uk.learnersync.provider.epapro..")
                .should().dependOnClassesThat().resideInAPackage("uk.learnersync.provider.epa.credentials..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("uk.learnersync.provider"));
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DocsAssets.folder("modules").toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
