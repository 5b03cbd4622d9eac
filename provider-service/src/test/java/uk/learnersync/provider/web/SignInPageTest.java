package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SignInPageTest extends PageTest {

    @Test
    void signingInThroughTheFormShowsTheDashboard() {
        String email = newUser("TUTOR");
        open("/login");
        screenshot("sign-in");

        signIn(email, PASSWORD);

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(heading()).isEqualTo("Dashboard");
        assertThat(text("count-case-owners")).isEqualTo("0");
        assertThat(text("sync-pending")).isEqualTo("0");
        assertThat(browser.getPageSource()).contains(email);
        screenshot("dashboard");
    }

    @Test
    void aWrongPasswordIsRefusedWithAnErrorThatLinksToTheField() {
        String email = newUser("TUTOR");

        signIn(email, "not the password at all");

        assertThat(heading()).isEqualTo("Sign in to LearnerSync");
        assertThat(errorSummary()).containsExactly("Enter a correct email address and password");
    }

    @Test
    void signingOutEndsTheSession() {
        signInAs("ADMIN");

        submit("sign-out");

        assertThat(successBanner()).contains("You have signed out");
        open("/learners");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
    }

    @Test
    void aPageAskedForWithoutASessionRedirectsToTheSignInForm() {
        PageSession anonymous = new PageSession(port);

        for (String path : new String[] {"/", "/learners", "/case-owners", "/admin/connections"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue(url("/login"));
        }
    }

    @Test
    void afterSigningInTheRootAnswers200WithStrictSecurityHeaders() {
        String email = newUser("READ_ONLY");
        PageSession session = new PageSession(port);
        assertThat(session.signIn(email, PASSWORD).headers().firstValue("Location")).hasValue(url("/"));

        HttpResponse<String> dashboard = session.get("/");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(dashboard.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void theGovukFontsAndScriptsAreServedWithoutASession() {
        PageSession anonymous = new PageSession(port);

        assertThat(anonymous.get("/assets/fonts/bold-b542beb274-v2.woff2").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/js/app.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String email = newUser("ADMIN");
        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);
        Map<String, String> caseOwner = Map.of("givenName", "Csrf", "familyName", "Victim",
                "email", "csrf@provider.test", "phone", "");

        assertThat(session.post("/case-owners", caseOwner, false).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/case-owners").expect(200).items()).isEmpty();

        assertThat(session.post("/case-owners", caseOwner, true).statusCode()).isEqualTo(302);
        assertThat(api.get("/api/v1/case-owners").expect(200).items()).hasSize(1);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String email = newUser("TUTOR");
        PageSession guesser = new PageSession(port);
        for (int attempt = 0; attempt < SignInThrottle.MAX_FAILURES; attempt++) {
            assertThat(guesser.signIn(email, "guess number " + attempt).headers().firstValue("Location").orElse(""))
                    .endsWith("/login?error");
        }

        HttpResponse<String> rightPassword = new PageSession(port).signIn(email, PASSWORD);

        assertThat(rightPassword.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
        assertThat(new PageSession(port).get("/login?locked").body())
                .contains("Too many failed sign-ins to this account");
    }
}
