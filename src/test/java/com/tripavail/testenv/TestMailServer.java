package com.tripavail.testenv;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM. The server delivers notifications to it; tests
 * read what arrived, and stop and start it to see delivery fail and recover.
 */
public final class TestMailServer {
    private final int port;
    private GreenMail mail;
    private final List<MimeMessage> earlier = new ArrayList<>();

    public TestMailServer(int port) {
        this.port = port;
    }

    public synchronized TestMailServer start() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
        return this;
    }

    /** Refuses connections from now on; what arrived so far stays readable. */
    public synchronized void stop() {
        if (mail != null) {
            earlier.addAll(List.of(mail.getReceivedMessages()));
            mail.stop();
            mail = null;
        }
    }

    public String url() {
        return "smtp://127.0.0.1:" + port;
    }

    public record Mail(String to, String subject, String body) {}

    /** Everything received since the test JVM started, to the given address. */
    public synchronized List<Mail> receivedBy(String address) {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (mail != null) {
            all.addAll(List.of(mail.getReceivedMessages()));
        }
        List<Mail> found = new ArrayList<>();
        try {
            for (MimeMessage m : all) {
                String to = m.getAllRecipients()[0].toString();
                if (to.equalsIgnoreCase(address)) {
                    found.add(new Mail(to, m.getSubject(), String.valueOf(m.getContent())));
                }
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
