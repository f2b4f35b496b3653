package io.pacer.alert.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import io.pacer.alert.ServiceTest;
import io.pacer.alert.SharedSmtp;
import io.pacer.alert.notify.Signatures;
import io.pacer.alert.notify.WebhookReceiver;
import io.pacer.alert.target.Target;
import io.pacer.alert.target.TargetBook;
import io.pacer.events.PacerJson;

class SubscriptionApiTest extends ServiceTest {

    @Autowired
    TargetBook targets;
    private WebhookReceiver receiver;

    @BeforeEach
    void receiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    private ResultActions subscribe(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/subscriptions").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String idOf(ResultActions created) throws Exception {
        return PacerJson.read(created.andReturn().getResponse().getContentAsByteArray(), Map.class).get("id")
                .toString();
    }

    private List<WebhookReceiver.Received> awaitPosts(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (receiver.received().size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Thread.sleep(1500); // anything extra would arrive within the worker's next runs
        return receiver.received();
    }

    @Test
    void anOfficialsWebhookHearsOnceWhenAnIndicatorLagsAndOnceWhenItCatchesUp() throws Exception {
        String id = idOf(subscribe(OFFICIAL_D1, "{\"regionIds\": [\"d1\"], \"indicators\": [\"projects_completed\"],"
                + " \"rules\": [\"PROGRESS_LAG\"], \"minSeverity\": \"YELLOW\", \"channel\": \"webhook\","
                + " \"address\": \"" + receiver.url() + "\", \"secret\": \"hush\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hasSecret").value(true))
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(jsonPath("$.channel").value("webhook")));
        targets.save(Target.of(2019, "tb", "projects_completed", new BigDecimal("12"), null, null, null, null));

        sendFigure("tb", "2019-09", "7", 1);
        sendFigure("tb", "2019-09", "7", 1); // redelivered
        List<WebhookReceiver.Received> firing = awaitPosts(1);
        sendFigure("tb", "2019-09", "9", 2);
        List<WebhookReceiver.Received> all = awaitPosts(2);

        assertThat(firing).hasSize(1);
        assertThat(all).hasSize(2);
        WebhookReceiver.Received first = all.get(0);
        assertThat(first.signature()).isEqualTo(Signatures.sign("hush", first.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(first.body()).contains("\"status\":\"firing\"", "\"regionId\":\"tb\"", "\"severity\":\"YELLOW\"");
        assertThat(all.get(1).body()).contains("\"status\":\"resolved\"");
        mvc.perform(get("/api/v1/subscriptions/" + id + "/deliveries").header(HttpHeaders.AUTHORIZATION,
                bearer(OFFICIAL_D1))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].status", containsInAnyOrder("DELIVERED", "DELIVERED")))
                .andExpect(jsonPath("$[0].log[0].httpStatus").value(200));
        mvc.perform(delete("/api/v1/subscriptions/" + id).header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_D1)))
                .andExpect(status().isNoContent());
    }

    @Test
    void anEmailSubscriptionSendsOneChineseMailToEveryRecipient() throws Exception {
        String first = "wang-" + System.nanoTime() + "@tb.gov.cn";
        String second = "li-" + System.nanoTime() + "@tb.gov.cn";
        String id = idOf(subscribe(OFFICIAL_D1, "{\"regionIds\": [\"tb\"], \"indicators\": [\"projects_completed\"],"
                + " \"rules\": [\"PROGRESS_LAG\"], \"channel\": \"email\", \"address\": \"" + first + ", " + second + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel").value("email"))
                .andExpect(jsonPath("$.lang").value("zh"))
                .andExpect(jsonPath("$.digest").value("none")));
        targets.save(Target.of(2016, "tb", "projects_completed", new BigDecimal("12"), null, null, null, null));

        sendFigure("tb", "2016-09", "7", 1);

        List<MimeMessage> mails = SharedSmtp.awaitFor(first, 1, Duration.ofSeconds(15));
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly(first, second);
        assertThat(mail.getSubject()).isEqualTo("Pacer 预警：黄灯 · 乙镇 · 亿元以上项目竣工 · 进度滞后");
        assertThat((String) mail.getContent())
                .contains("乙镇 · 亿元以上项目竣工：1–9月累计 7 个，完成年度目标 58.3%，低于序时进度 75.0%（黄灯）");
        Instant deadline = Instant.now().plusSeconds(5);
        while (Instant.now().isBefore(deadline) && !deliveries(id).contains("DELIVERED")) {
            Thread.sleep(100);
        }
        assertThat(deliveries(id)).contains("\"status\":\"DELIVERED\"");
        mvc.perform(delete("/api/v1/subscriptions/" + id).header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_D1)))
                .andExpect(status().isNoContent());
    }

    private String deliveries(String subscription) throws Exception {
        return mvc.perform(get("/api/v1/subscriptions/" + subscription + "/deliveries")
                .header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_D1))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void subscriptionsAreValidatedScopedAndOwned() throws Exception {
        subscribe(OFFICIAL_ZONE, "{\"regionIds\": [], \"channel\": \"pager\", \"address\": \"ftp://x\"}")
                .andExpect(status().isBadRequest());
        subscribe(OFFICIAL_ZONE, "{\"regionIds\": [], \"channel\": \"webhook\", \"address\": \"ftp://x\","
                + " \"lang\": \"fr\", \"digest\": \"weekly\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("regionIds", "address", "lang",
                        "digest")));
        subscribe(OFFICIAL_ZONE, "{\"regionIds\": [\"gxq\"], \"channel\": \"email\","
                + " \"address\": \"wang@gxq.gov.cn, not-an-address\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("address"))
                .andExpect(jsonPath("$.errors[0].message").value("'not-an-address' is not an e-mail address"));
        subscribe(OFFICIAL_ZONE, "{\"regionIds\": [\"gxq\"], \"channel\": \"email\", \"address\": \"\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("address"));
        subscribe(OFFICIAL_ZONE, "{\"regionIds\": [\"gxq\"], \"channel\": \"email\","
                + " \"address\": \"Wang <wang@gxq.gov.cn>\"}").andExpect(status().isUnprocessableContent());
        assertThat(receiver.received()).isEmpty();
        subscribe(OFFICIAL_ZONE, "{\"regionIds\": [\"ta\"], \"channel\": \"webhook\", \"address\": \""
                + receiver.url() + "\"}").andExpect(status().isForbidden());
        subscribe(REPORTER, "{\"regionIds\": [\"ta\"], \"channel\": \"webhook\", \"address\": \""
                + receiver.url() + "\"}").andExpect(status().isForbidden());
        String zone = idOf(subscribe(OFFICIAL_ZONE, "{\"regionIds\": [\"gxq\"], \"channel\": \"dingtalk\","
                + " \"address\": \"" + receiver.url() + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.minSeverity").value("YELLOW")));

        mvc.perform(get("/api/v1/subscriptions").header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_TOWN_A)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", not(hasItem(zone))));
        mvc.perform(get("/api/v1/subscriptions").header(HttpHeaders.AUTHORIZATION, bearer(STATISTICS)))
                .andExpect(jsonPath("$[*].id", hasItem(zone)));
        mvc.perform(delete("/api/v1/subscriptions/" + zone).header(HttpHeaders.AUTHORIZATION,
                bearer(OFFICIAL_TOWN_A))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/subscriptions/" + zone).header(HttpHeaders.AUTHORIZATION, bearer(OFFICIAL_ZONE)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/subscriptions/" + zone + "/deliveries").header(HttpHeaders.AUTHORIZATION,
                bearer(OFFICIAL_ZONE))).andExpect(status().isNotFound());
    }
}
