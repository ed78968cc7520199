package com.tripavail.booking;

import com.tripavail.payment.GatewayNotification;
import com.tripavail.payment.WebhookService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Settles bookings from gateway notifications (webhooks), so payment never depends on booking. */
@ApplicationScoped
public class GatewayNotificationListener {
    @Inject
    PaymentSettlement settlement;

    @Inject
    BookingMetrics metrics;

    void onNotification(@Observes GatewayNotification n) {
        settlement.settle(n.paymentId(), n.result(), n.actor());
    }

    void onWebhookFailed(@Observes WebhookService.WebhookFailed f) {
        metrics.webhookFailed();
    }
}
