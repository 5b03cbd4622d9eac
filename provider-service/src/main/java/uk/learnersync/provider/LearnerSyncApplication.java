package uk.learnersync.provider;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The provider service: learner records, employers, staff, programmes and their sync to EPA platforms. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "LearnerSync provider service", sharedModules = "shared")
public class LearnerSyncApplication {

    public static void main(String[] args) {
        LearnerSyncLauncher.launch(args);
    }
}
