package uk.learnersync.provider.tenancy.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the service where it listens and which operator token it uses. */
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
        int port = web.getWebServer().getPort();
        System.out.printf("""

                LearnerSync provider service is ready
                  web pages:        http://localhost:%1$d/
                  REST API docs:    http://localhost:%1$d/swagger-ui/index.html
                  health:           http://localhost:%1$d/actuator/health
                  operator token:   %2$s
                %n""", port, adminToken.generated()
                ? adminToken.value() + "  (generated; set LEARNERSYNC_ADMIN_TOKEN to choose one)"
                : "as set in LEARNERSYNC_ADMIN_TOKEN");
    }
}
