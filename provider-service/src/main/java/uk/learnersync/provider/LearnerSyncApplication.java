package uk.learnersync.provider;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The provider service: learner records, employers, staff, programmes and their sync to EPA platforms. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "LearnerSync provider service", sharedModules = "shared")
public class LearnerSyncApplication {

    /**
     * The service alone, on the PostgreSQL that {@code SPRING_DATASOURCE_URL} names. {@code bin/learnersync}
     * runs the launcher module instead, which starts the embedded database and the EPA platform first.
     */
    public static void main(String[] args) {
        SpringApplication.run(LearnerSyncApplication.class, args);
    }
}
