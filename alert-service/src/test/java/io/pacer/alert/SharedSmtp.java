package io.pacer.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One real SMTP server (GreenMail) on a free port of 127.0.0.1 for the whole test run, like SharedMongo. */
public final class SharedSmtp {

    private static GreenMail server;

    private SharedSmtp() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /**
     * The messages received for {@code recipient}, waiting up to {@code wait} for at least {@code count}. The server
     * keeps a copy per recipient's mailbox; the copies of one message (same Message-ID) count once.
     */
    public static List<MimeMessage> awaitFor(String recipient, int count, Duration wait) throws Exception {
        Instant deadline = Instant.now().plus(wait);
        List<MimeMessage> found = forRecipient(recipient);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            found = forRecipient(recipient);
        }
        return found;
    }

    private static List<MimeMessage> forRecipient(String recipient) {
        Map<String, MimeMessage> distinct = new LinkedHashMap<>();
        Arrays.stream(server().getReceivedMessages()).filter(m -> addressedTo(m, recipient))
                .forEach(m -> distinct.putIfAbsent(messageId(m), m));
        return List.copyOf(distinct.values());
    }

    private static String messageId(MimeMessage message) {
        try {
            return String.valueOf(message.getMessageID());
        } catch (MessagingException e) {
            return String.valueOf(System.identityHashCode(message));
        }
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
