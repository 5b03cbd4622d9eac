package uk.learnersync.provider.web;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import uk.learnersync.provider.shared.ETagged;

/**
 * Documents optimistic concurrency once for every operation marked {@link ETagged}: the {@code ETag}
 * of its answers and, where it takes one, the {@code If-Match} header and the 412 a stale one gets (CV-6).
 */
@Configuration(proxyBeanMethods = false)
class VersionedApiDocs {

    @Bean
    OperationCustomizer eTaggedOperations() {
        return (operation, handler) -> {
            if (!handler.hasMethodAnnotation(ETagged.class)) {
                return operation;
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject(HttpHeaders.ETAG, new Header().schema(new StringSchema())
                            .description("The record's version, e.g. \"3\": send it as If-Match to change the "
                                    + "record only if no one has changed it since"));
                }
            });
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(parameter -> "header".equals(parameter.getIn())
                                && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()))
                        .forEach(parameter -> {
                            parameter.description("Optional: the ETag the record had when read. The change is "
                                    + "made only if the record still has it, else 412 and nothing changes. "
                                    + "Without it, the patch is merged into the record as it is now.");
                            operation.getResponses().addApiResponse("412", new ApiResponse().description(
                                    "The record changed since the If-Match ETag was read; nothing was changed "
                                            + "(problem+json)"));
                        });
            }
            return operation;
        };
    }
}
