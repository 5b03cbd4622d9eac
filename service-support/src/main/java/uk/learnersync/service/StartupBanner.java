package uk.learnersync.service;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * Tells the person who started a service where it listens and which operator token it uses, once it is
 * ready. A service declares one as a bean.
 */
public final class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {

    private final String service;
    private final OperatorToken token;
    private final String tokenVariable;
    private final List<Link> links;

    /**
     * @param service       the service's name, as the person knows it
     * @param token         the operator's token: printed when it was generated, since nobody else knows it
     * @param tokenVariable the environment variable that sets the token instead
     * @param links         what to open, each on the port the service listens on
     */
    public StartupBanner(String service, OperatorToken token, String tokenVariable, List<Link> links) {
        this.service = service;
        this.token = token;
        this.tokenVariable = tokenVariable;
        this.links = List.copyOf(links);
    }

    /** @param note words after the address, e.g. how to sign in there */
    public record Link(String label, String path, String note) {

        public Link(String label, String path) {
            this(label, path, "");
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            System.out.println(text(web.getWebServer().getPort()));
        }
    }

    String text(int port) {
        StringBuilder text = new StringBuilder("\n").append(service).append(" is ready\n");
        for (Link link : links) {
            line(text, link.label(), "http://localhost:" + port + link.path()
                    + (link.note().isEmpty() ? "" : "  (" + link.note() + ")"));
        }
        line(text, "operator token", token.generated()
                ? token.value() + "  (generated; set " + tokenVariable + " to choose one)"
                : "as set in " + tokenVariable);
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-18s%s%n", label + ":", value));
    }
}
