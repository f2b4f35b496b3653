package io.pacer.alert.notify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;
import io.pacer.events.PacerJson;

/**
 * Sends a queued e-mail ({@code {subject, text}}, see {@link Letters}) as one UTF-8 plain-text message to all of a
 * subscription's recipients, through the {@link JavaMailSender} that {@code spring.mail.host} configures. Without
 * it every attempt fails and says so (and is retried like any failed delivery).
 */
@Component
class MailClient {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    @Autowired
    MailClient(ObjectProvider<JavaMailSender> sender, AlertProperties properties) {
        this(sender, properties.delivery().mailFrom());
    }

    MailClient(ObjectProvider<JavaMailSender> sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    void send(List<String> recipients, byte[] queued) throws MessagingException {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        Map<?, ?> letter = PacerJson.read(queued, Map.class);
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(recipients.toArray(String[]::new));
        helper.setSubject(String.valueOf(letter.get("subject")));
        helper.setText(String.valueOf(letter.get("text")), false);
        try {
            mail.send(message);
        } catch (MailException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }
}
