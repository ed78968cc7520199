package com.tripavail.notification;

import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/** Where notifications go (SMTP_URL; unset: the log, for development) and how hard dispatch tries. */
@ApplicationScoped
public class NotificationSettings implements Settings {
    private Optional<String> smtpUrl;
    private String from;
    private int maxAttempts;

    @PostConstruct
    void read() {
        smtpUrl = Setting.optional("SMTP_URL");
        from = Setting.raw("MAIL_FROM", "TripAvail <no-reply@tripavail.test>");
        maxAttempts = Setting.value("NOTIFICATION_MAX_ATTEMPTS", Integer.class, 8);
    }

    public Optional<SmtpUrl> smtp() {
        return smtpUrl.map(SmtpUrl::parse);
    }

    public String from() {
        return from;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration interval() {
        return Setting.duration("NOTIFICATION_DISPATCH_INTERVAL", "PT10S");
    }

    public Duration retryBase() {
        return Setting.duration("NOTIFICATION_RETRY_BASE", "PT30S");
    }
}
