package io.pacer.support.web;

import java.util.List;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/** problem+json everywhere, strict JSON request bodies and the body-size limit, for every Pacer service. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PacerWebProperties.class)
public class PacerWebAutoConfiguration {

    @Bean
    PacerExceptionHandler pacerExceptionHandler() {
        return new PacerExceptionHandler();
    }

    @Bean
    ProblemErrorController pacerErrorController() {
        return new ProblemErrorController();
    }

    /** Runs before Spring Security, so an oversized body is refused before anything else looks at it. */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> pacerBodySizeLimitFilter(PacerWebProperties properties) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * Numbers in answers are written as people write them ({@code 165000}, not {@code 1.65E+5}): a BigDecimal stripped
     * of trailing zeros otherwise comes out in exponent form. Values are bounded (±1e15, 6 decimals) and computed
     * ones have at most 16 digits, so the plain form stays short.
     */
    @Bean
    JsonMapperBuilderCustomizer pacerPlainNumbers() {
        return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    @Bean
    ServerHttpMessageConvertersCustomizer pacerStrictJsonRequests(JsonMapper jsonMapper) {
        JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(StrictJson.strict(jsonMapper));
        return builder -> builder.configureMessageConvertersList(converters -> replaceJson(converters, strict));
    }

    private static void replaceJson(List<HttpMessageConverter<?>> converters, JacksonJsonHttpMessageConverter strict) {
        converters.replaceAll(c -> c instanceof JacksonJsonHttpMessageConverter ? strict : c);
    }
}
