package io.pacer.ingest.report;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reporters' page, static files under {@code /report/} (open without a token; IngestSecurity). {@code /report}
 * redirects to {@code /report/}, which serves its index.html; {@link ContentSecurityPolicy} guards it.
 */
@Configuration(proxyBeanMethods = false)
class ReportPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/report", "/report/");
        registry.addViewController("/report/").setViewName("forward:/report/index.html");
    }
}
