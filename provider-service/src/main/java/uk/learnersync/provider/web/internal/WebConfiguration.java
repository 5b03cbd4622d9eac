package uk.learnersync.provider.web.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's stylesheet asks for its fonts and images under {@code /assets/}: serve them from
 * the webjar, whatever its version (headless browsers hang on fonts that are refused).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final String GOVUK_FRONTEND = "govuk-frontend";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(GOVUK_FRONTEND);
        if (version == null) {
            throw new IllegalStateException("The " + GOVUK_FRONTEND + " webjar is not on the classpath");
        }
        registry.addResourceHandler("/assets/**").addResourceLocations(
                "classpath:/META-INF/resources/webjars/" + GOVUK_FRONTEND + "/" + version + "/dist/govuk/assets/");
    }
}
