package com.tripavail.notification;

import com.tripavail.platform.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where notifications go (SMTP_URL; unset: the log, for development) and how hard dispatch tries. */
@ApplicationScoped
public class NotificationSettings {
    @Inject
    @ConfigProperty(name = "SMTP_URL")
    Optional<String> smtpUrl;

    @Inject
    @ConfigProperty(name = "MAIL_FROM", defaultValue = "TripAvail <no-reply@tripavail.test>")
    String from;

    @Inject
    @ConfigProperty(name = "NOTIFICATION_MAX_ATTEMPTS", defaultValue = "8")
    int maxAttempts;

    public Optional<SmtpUrl> smtp() {
        return smtpUrl.filter(s -> !s.isBlank()).map(SmtpUrl::parse);
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
