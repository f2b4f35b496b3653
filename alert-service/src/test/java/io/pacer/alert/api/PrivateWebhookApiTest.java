package io.pacer.alert.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.pacer.events.Role;
import io.pacer.events.TokenRecord;
import io.pacer.localstack.SharedMongo;
import io.pacer.support.security.TokenDirectory;
import io.pacer.support.security.TokenHashing;

/**
 * The service as deployed: {@code pacer.alert.webhooks.allow-private} left at its default. A context of its own
 * (ServiceTest's allows private addresses for its local receivers), on a database of its own so that its delivery
 * worker never meets another context's deliveries, and closed after the class.
 */
@SpringBootTest(properties = "pacer.alert.missing-report.initial-delay=1h")
@Import(TestChannelBinderConfiguration.class)
@AutoConfigureMockMvc
@DirtiesContext
class PrivateWebhookApiTest {

    private static final String STATISTICS = "statistics-token-private-webhooks";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("pacer.mongo.uri", SharedMongo::uri);
        registry.add("pacer.mongo.database", () -> SharedMongo.uniqueDatabase("alert_private_webhooks"));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TokenDirectory tokens;

    @BeforeEach
    void token() {
        tokens.apply(new TokenRecord(TokenHashing.sha256Hex(STATISTICS), Role.STATISTICS, null, null, false,
                Instant.parse("2026-01-01T00:00:00Z")));
    }

    private ResultActions subscribe(String channel, String address) throws Exception {
        return mvc.perform(post("/api/v1/subscriptions").header(HttpHeaders.AUTHORIZATION, "Bearer " + STATISTICS)
                .contentType(MediaType.APPLICATION_JSON).content("{\"regionIds\": [\"d1\"], \"channel\": \""
                        + channel + "\", \"address\": \"" + address + "\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:8080/hook", "https://10.0.0.8/hook", "http://169.254.169.254/latest",
            "http://[::1]:8080/hook", "http://localhost:8083/hook", "https://[::ffff:192.168.0.1]/robot/send" })
    void aSubscriptionToTheServicesOwnNetworkIsRefusedNamingTheAddress(String address) throws Exception {
        for (String channel : new String[] { "webhook", "dingtalk", "wecom" }) {
            subscribe(channel, address).andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors.length()").value(1))
                    .andExpect(jsonPath("$.errors[0].field").value("address"))
                    .andExpect(jsonPath("$.errors[0].message",
                            containsString("resolves only to addresses a webhook may not reach")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://8.8.8.8/hook", "file:///etc/passwd", "gopher://8.8.8.8/" })
    void onlyHttpAndHttpsAreAccepted(String address) throws Exception {
        subscribe("webhook", address).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("address"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://203.0.113.10/robot/send?access_token=t", "http://[2001:db8::10]:8080/hook" })
    void aPublicAddressIsAccepted(String address) throws Exception {
        subscribe("dingtalk", address).andExpect(status().isCreated());
    }
}
