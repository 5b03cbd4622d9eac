package uk.learnersync.epaplatform.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the platform where it listens and which operator token it uses. */
@Component
class StartupBanner {

    private final AdminToken adminToken;

    StartupBanner(AdminToken adminToken) {
        this.adminToken = adminToken;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        System.out.printf("""

                LearnerSync EPA platform is ready
                  pages:              http://localhost:%1$d/  (user operator, operator token)
                  API docs:           http://localhost:%1$d/swagger-ui/index.html
                  health:             http://localhost:%1$d/actuator/health
                  operator token:     %2$s
                %n""", web.getWebServer().getPort(), adminToken.generated()
                ? adminToken.value() + "  (generated; set EPA_PLATFORM_ADMIN_TOKEN to choose one)"
                : "as set in EPA_PLATFORM_ADMIN_TOKEN");
    }
}
