package uk.learnersync.epaplatform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's fonts and images, which its stylesheet asks for under {@code /assets/}, from its webjar;
 * the platform's own few styles under {@code /styles/} (not {@code /css/}: beside the provider service, in
 * one JVM, that is the provider's).
 */
@Configuration(proxyBeanMethods = false)
class PageResources implements WebMvcConfigurer {

    private static final String GOVUK_FRONTEND = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(GOVUK_FRONTEND);
        if (version == null) {
            throw new IllegalStateException("The " + GOVUK_FRONTEND + " webjar is not on the classpath");
        }
        registry.addResourceHandler("/assets/**").addResourceLocations(
                "classpath:/META-INF/resources/webjars/" + GOVUK_FRONTEND + "/" + version + "/dist/govuk/assets/");
        registry.addResourceHandler("/styles/**").addResourceLocations("classpath:/epa-platform/styles/");
    }
}
