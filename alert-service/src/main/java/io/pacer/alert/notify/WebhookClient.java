package io.pacer.alert.notify;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;

/**
 * POSTs deliveries. Hosts are resolved only by the {@link AddressGuard}; no connection is reused, so each attempt
 * resolves and checks again; no redirect is followed (a 3xx is a failed attempt, not a way around the guard); no
 * proxy is used; the client never retries by itself ({@link DeliveryWorker} counts and spaces the attempts). An
 * attempt, answer included, is cut off at twice the timeout, so a receiver that trickles bytes cannot hold the
 * delivery thread.
 */
@Component
class WebhookClient {

    /** What the receiver answered: the status and the start of the body (robots report failures in it). */
    record Answer(int status, String body) {
    }

    static final int MAX_BODY_BYTES = 16 * 1024;

    private final CloseableHttpClient http;
    private final Duration timeout;

    @Autowired
    WebhookClient(AddressGuard guard, AlertProperties properties) {
        this(guard, properties.delivery().timeout());
    }

    WebhookClient(DnsResolver resolver, Duration timeout) {
        this.timeout = timeout;
        Timeout each = Timeout.of(timeout);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(each)
                                .setSocketTimeout(each).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(each).build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableAuthCaching().build();
    }

    Answer post(URI address, Map<String, String> headers, byte[] body) throws IOException {
        HttpPost post = new HttpPost(address);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        CompletableFuture.delayedExecutor(timeout.toMillis() * 2, TimeUnit.MILLISECONDS).execute(post::cancel);
        // closing the response unread drops the connection, so a long body is never read to its end
        try (ClassicHttpResponse response = http.executeOpen(null, post, null)) {
            return new Answer(response.getCode(), start(response.getEntity()));
        }
    }

    private static String start(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        try (InputStream in = entity.getContent()) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        }
    }

    @PreDestroy
    void close() throws IOException {
        http.close();
    }
}
