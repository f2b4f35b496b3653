package io.pacer.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmtpServerTest {

    @TempDir
    Path dir;

    @Test
    void aMessageToTwoRecipientsIsWrittenOnceAsReadableUtf8() throws Exception {
        try (SmtpServer server = new SmtpServer(0, dir).start()) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(server.port()));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("pacer@localhost"));
            message.setRecipients(Message.RecipientType.TO, "a@pacer.test, b@pacer.test");
            message.setSubject("Pacer 预警：黄灯 · 高新区", "UTF-8");
            message.setText("高新区 · 竣工项目：1–10月累计 8 个（黄灯）", "UTF-8");
            Transport.send(message);

            server.writeNew();

            List<Path> files;
            try (var listing = Files.list(dir)) {
                files = listing.toList();
            }
            assertThat(files).hasSize(1);
            assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8)).contains("To: a@pacer.test, b@pacer.test",
                    "Subject: Pacer 预警：黄灯 · 高新区", "高新区 · 竣工项目：1–10月累计 8 个（黄灯）");
        }
    }
}
