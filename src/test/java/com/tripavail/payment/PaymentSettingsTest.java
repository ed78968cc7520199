package com.tripavail.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.payment.PaymentGateway.GatewayResult;
import com.tripavail.platform.config.AppConfig;
import com.tripavail.platform.config.AppEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What production never does: sign webhooks with the development secret, or charge through the test gateway. */
class PaymentSettingsTest {
    private static AppConfig in(AppEnvironment environment) {
        return new AppConfig() {
            @Override
            public AppEnvironment environment() {
                return environment;
            }
        };
    }

    private static PaymentSettings settings(AppEnvironment environment, String secret) {
        PaymentSettings s = new PaymentSettings();
        s.app = in(environment);
        s.webhookSecret = Optional.ofNullable(secret);
        s.slowChargeMs = 1500;
        return s;
    }

    @Test
    void productionRefusesToRunWithoutItsOwnWebhookSecret() {
        assertThatThrownBy(() -> settings(AppEnvironment.PRODUCTION, null).webhookSecret())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STRIPE_WEBHOOK_SECRET");
        assertThatThrownBy(() -> settings(AppEnvironment.PRODUCTION, " ").webhookSecret())
                .isInstanceOf(IllegalStateException.class);
        assertThat(settings(AppEnvironment.PRODUCTION, "whsec_live").webhookSecret())
                .isEqualTo("whsec_live");
        assertThat(settings(AppEnvironment.STAGING, null).webhookSecret())
                .isEqualTo(PaymentSettings.DEV_WEBHOOK_SECRET);
        assertThat(settings(AppEnvironment.DEVELOPMENT, "").webhookSecret())
                .isEqualTo(PaymentSettings.DEV_WEBHOOK_SECRET);
    }

    @Test
    void theSlowTestCardWaitsTheConfiguredTime() {
        assertThat(settings(AppEnvironment.DEVELOPMENT, null).slowChargeDelay()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void theTestGatewayRefusesEveryCallInProduction() {
        TestPaymentGateway gateway = new TestPaymentGateway();
        gateway.app = in(AppEnvironment.PRODUCTION);
        // refused before its books or its event delivery are touched (both are absent here)
        assertThatThrownBy(() -> gateway.charge("k", 1000, "EUR", "pm_card_ok"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not available in production");
        assertThatThrownBy(() -> gateway.refund("k", "ch_1", 1000, "EUR")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gateway.retrieve("ch_1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gateway.lookup("k")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyASucceededChargeIsRefunded() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        Payment declined = new Payment(1L, Payment.Kind.CHARGE, "k", "test", "pm_card_declined", 1000, "EUR", now);
        declined.apply(new GatewayResult(GatewayResult.Outcome.DECLINED, "ch_1", "card_declined"), now);

        assertThatThrownBy(() -> declined.markRefunded(now))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not DECLINED");
        assertThat(declined.status()).isEqualTo(PaymentStatus.DECLINED);

        Payment captured = new Payment(1L, Payment.Kind.CHARGE, "k2", "test", "pm_card_ok", 1000, "EUR", now);
        captured.apply(new GatewayResult(GatewayResult.Outcome.SUCCEEDED, "ch_2", null), now);
        captured.markRefunded(now);
        assertThat(captured.status()).isEqualTo(PaymentStatus.REFUNDED);
    }
}
