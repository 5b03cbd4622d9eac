package uk.learnersync.provider.web.internal;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

import uk.learnersync.provider.ilr.IlrFileManagement;

/**
 * Uploads up to the size the ILR module accepts; GOV.UK Frontend's fonts and images, which its stylesheet
 * asks for under {@code /assets/}, from the webjar whatever its version (headless browsers hang on
 * fonts that are refused); pages showing an error say so in their title ({@link ErrorTitles}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final String GOVUK_FRONTEND = "govuk-frontend";

    /** The upload form of the ILR page takes files as large as the ilr module accepts, and no larger. */
    @Bean
    MultipartConfigElement multipartConfig() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(IlrFileManagement.MAX_FILE_BYTES));
        factory.setMaxRequestSize(
                DataSize.ofBytes(IlrFileManagement.MAX_FILE_BYTES + DataSize.ofMegabytes(1).toBytes()));
        return factory.createMultipartConfig();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ErrorTitles());
    }

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
