package com.tripavail.payment;

import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/** Payment settings; the webhook secret has a development default that production never uses (RequiredSettings). */
@ApplicationScoped
public class PaymentSettings implements Settings {
    static final String DEV_WEBHOOK_SECRET = "whsec_tripavail_development_only";

    @Inject
    AppConfig app;

    Optional<String> webhookSecret;
    long webhookDelayMs;
    long slowChargeMs;
    String reconcileAfter;

    @PostConstruct
    void read() {
        webhookSecret = Setting.optional("STRIPE_WEBHOOK_SECRET");
        webhookDelayMs = Setting.value("TEST_GATEWAY_WEBHOOK_DELAY_MS", Long.class, 1000L);
        slowChargeMs = Setting.value("TEST_GATEWAY_SLOW_MS", Long.class, 20_000L);
        reconcileAfter = Setting.raw("PAYMENT_RECONCILE_AFTER", "PT2M");
    }

    public String webhookSecret() {
        return Setting.secret("STRIPE_WEBHOOK_SECRET", webhookSecret, app.environment())
                .orElse(DEV_WEBHOOK_SECRET);
    }

    /** Where the test gateway sends its webhooks: this application itself. */
    public String appBaseUrl() {
        return app.appBaseUrl().orElse("http://127.0.0.1:" + app.port());
    }

    public long webhookDelayMs() {
        return webhookDelayMs;
    }

    /** How long the test gateway's {@code pm_card_slow} holds its answer (time to kill a server mid-charge). */
    public Duration slowChargeDelay() {
        return Duration.ofMillis(slowChargeMs);
    }

    /** How long a payment may stay pending before reconciliation asks the gateway about it. */
    public Duration reconcileAfter() {
        String v = reconcileAfter.trim();
        return v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse(v);
    }
}
