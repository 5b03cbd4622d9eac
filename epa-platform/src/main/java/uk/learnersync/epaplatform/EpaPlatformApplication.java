package uk.learnersync.epaplatform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The EPA platform: an EPAO's platform (the role epaPRO plays) that receives providers' apprentice
 * registrations and updates. It runs alone ({@code bin/epa-platform}) or beside the provider
 * service in the same JVM, so it reads only {@code epa-platform.yml} and {@code epa-platform.*}
 * settings, never the provider's {@code application.yml}.
 */
// Every sign-in is configured in web.SecurityConfiguration; Boot's generated default user would only confuse.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class EpaPlatformApplication {

    /** The name of its configuration file ({@code epa-platform.yml}). */
    public static final String CONFIG_NAME = "epa-platform";

    public static void main(String[] args) {
        builder(Map.of()).run(args);
    }

    /** Starts the platform with {@code properties} overriding everything else, e.g. a shared database's URL. */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return builder(properties).run();
    }

    /**
     * A builder whose environment puts {@code properties} first, then the platform's own choices.
     * Both sit above the process environment: a provider service started with {@code SERVER_PORT}
     * must not move the platform onto the provider's port.
     */
    public static SpringApplicationBuilder builder(Map<String, Object> properties) {
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("spring.config.name", CONFIG_NAME);
        fixed.put("server.port", "${EPA_PLATFORM_PORT:8090}");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("epa-platform-fixed", fixed));
        environment.getPropertySources()
                .addFirst(new MapPropertySource("epa-platform-launcher", Map.copyOf(properties)));
        return new SpringApplicationBuilder(EpaPlatformApplication.class).main(EpaPlatformApplication.class)
                .environment(environment);
    }
}
