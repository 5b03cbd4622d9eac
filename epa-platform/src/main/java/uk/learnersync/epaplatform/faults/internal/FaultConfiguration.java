package uk.learnersync.epaplatform.faults.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import uk.learnersync.epaplatform.faults.Faults;

@Configuration(proxyBeanMethods = false)
class FaultConfiguration {

    /** Only the provider-facing API: {@code /admin}, the pages and {@code /actuator} always work. */
    @Bean
    FilterRegistrationBean<FaultInjectionFilter> faultInjectionFilter(Faults faults) {
        FilterRegistrationBean<FaultInjectionFilter> registration =
                new FilterRegistrationBean<>(new FaultInjectionFilter(faults));
        registration.addUrlPatterns("/api/*");
        // Before Spring Security's filters (order -100): a faulty platform fails before it signs anyone in.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
