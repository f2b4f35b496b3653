package io.pacer.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SMTP server (GreenMail) on the loopback address: it takes every message for every recipient, keeps
 * them in memory, and writes each one (once, however many recipients it has) as a readable UTF-8 text file into
 * a directory, which {@code ./pacer mail} lists.
 */
public final class SmtpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpServer.class);

    private final GreenMail greenMail;
    private final Path dir;
    private final Set<String> written = new HashSet<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "smtp-mail-writer");
        thread.setDaemon(true);
        return thread;
    });

    public SmtpServer(int port, Path dir) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        this.greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        this.dir = dir;
    }

    public SmtpServer start() throws IOException {
        Files.createDirectories(dir);
        greenMail.start();
        writer.scheduleWithFixedDelay(this::writeNew, 500, 500, TimeUnit.MILLISECONDS);
        return this;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Writes the messages not written yet; one file per message, named by arrival order. */
    synchronized int writeNew() {
        int count = 0;
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                String text = text(message);
                // the server keeps a copy per recipient; without a Message-ID, copies are told apart by their text
                String id = message.getMessageID() == null ? text : message.getMessageID();
                if (written.add(id)) {
                    Path file = dir.resolve(String.format("%05d.txt", written.size()));
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                    count++;
                }
            } catch (IOException | MessagingException | RuntimeException e) {
                log.warn("could not write a received message: {}", e.toString());
            }
        }
        return count;
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        String to = Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(", "));
        Object content = message.getContent();
        String body = content instanceof String s ? s : GreenMailUtil.getBody(message);
        return (message.getSentDate() == null ? "" : "Date: " + message.getSentDate() + "\n") + "From: "
                + Arrays.stream(message.getFrom()).map(Address::toString).collect(Collectors.joining(", "))
                + "\nTo: " + to + "\nSubject: " + message.getSubject() + "\n\n" + body.strip() + "\n";
    }

    @Override
    public void close() {
        writer.shutdownNow();
        writeNew();
        greenMail.stop();
    }
}
