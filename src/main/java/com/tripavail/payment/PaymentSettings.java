package com.tripavail.payment;

import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Payment settings; the webhook secret has a development default that production never uses (RequiredSettings). */
@ApplicationScoped
public class PaymentSettings {
    static final String DEV_WEBHOOK_SECRET = "whsec_tripavail_development_only";

    @Inject
    @ConfigProperty(name = "STRIPE_WEBHOOK_SECRET")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "APP_BASE_URL")
    Optional<String> appBaseUrl;

    @Inject
    @ConfigProperty(name = "PORT", defaultValue = "4100")
    String port;

    @Inject
    @ConfigProperty(name = "TEST_GATEWAY_WEBHOOK_DELAY_MS", defaultValue = "1000")
    long webhookDelayMs;

    @Inject
    @ConfigProperty(name = "TEST_GATEWAY_SLOW_MS", defaultValue = "20000")
    long slowChargeMs;

    @Inject
    @ConfigProperty(name = "PAYMENT_RECONCILE_AFTER", defaultValue = "PT2M")
    String reconcileAfter;

    @Inject
    AppConfig app;

    public String webhookSecret() {
        return Setting.secret("STRIPE_WEBHOOK_SECRET", webhookSecret, app.environment())
                .orElse(DEV_WEBHOOK_SECRET);
    }

    /** Where the test gateway sends its webhooks: this application itself. */
    public String appBaseUrl() {
        return appBaseUrl.filter(s -> !s.isBlank()).orElse("http://127.0.0.1:" + port);
    }

    public long webhookDelayMs() {
        return webhookDelayMs;
    }

    /** How long the test gateway's {@code pm_card_slow} holds its answer (time to kill a server mid-charge). */
    public java.time.Duration slowChargeDelay() {
        return java.time.Duration.ofMillis(slowChargeMs);
    }

    /** How long a payment may stay pending before reconciliation asks the gateway about it. */
    public java.time.Duration reconcileAfter() {
        String v = reconcileAfter.trim();
        return v.matches("\\d+") ? java.time.Duration.ofSeconds(Long.parseLong(v)) : java.time.Duration.parse(v);
    }
}
