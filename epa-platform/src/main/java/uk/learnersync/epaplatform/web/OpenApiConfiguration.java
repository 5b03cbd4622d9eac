package uk.learnersync.epaplatform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document at /v3/api-docs: the normative description of the provider-facing API. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI epaPlatformOpenApi() {
        return new OpenAPI()
                .info(new Info().title("LearnerSync EPA platform").version("1")
                        .description("An EPAO's platform. /api/v1: the provider-facing API, with a connection's "
                                + "apiToken as bearer token. /admin: the operator's API, with EPA_PLATFORM_ADMIN_TOKEN. "
                                + "Errors are application/problem+json; 400s list errors: [{field, message}]."))
                .components(new Components()
                        .addSecuritySchemes("connectionToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A connection's apiToken"))
                        .addSecuritySchemes("operatorToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("EPA_PLATFORM_ADMIN_TOKEN")));
    }
}
