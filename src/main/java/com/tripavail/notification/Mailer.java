package com.tripavail.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends a rendered notification by SMTP; without SMTP_URL (development) it only logs that it would have. */
@ApplicationScoped
public class Mailer {
    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    NotificationSettings settings;

    /** Said once at INFO; every skipped message after it at FINE (the benchmark wrote 4,426 such lines). */
    private final AtomicBoolean toldNoSmtp = new AtomicBoolean();

    public void send(String to, RenderedMessage message) throws MessagingException {
        Optional<SmtpUrl> smtp = settings.smtp();
        if (smtp.isEmpty()) {
            Level level = toldNoSmtp.compareAndSet(false, true) ? Level.INFO : Level.FINE;
            LOG.log(level, () -> "SMTP_URL is not set: not mailing \"" + message.subject() + "\" (later ones at FINE)");
            return;
        }
        SmtpUrl url = smtp.get();
        Session session = Session.getInstance(url.mailProperties());
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        if (url.user() == null) {
            Transport.send(mime);
        } else {
            Transport.send(mime, url.user(), url.password());
        }
    }
}
