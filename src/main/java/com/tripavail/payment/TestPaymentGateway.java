package com.tripavail.payment;

import com.tripavail.platform.config.AppConfig;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The built-in gateway, like a card processor's test mode: {@code pm_card_ok} succeeds,
 * {@code pm_card_declined} declines, {@code pm_card_async} answers pending and, a moment later,
 * posts a signed {@code charge.succeeded} webhook to the application itself. State lives in this
 * JVM only (it is a test double of a remote service); refused in production.
 */
@ApplicationScoped
public class TestPaymentGateway implements PaymentGateway {
    public static final String NAME = "test";
    private static final Logger LOG = Logger.getLogger(TestPaymentGateway.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PaymentSettings settings;

    @Inject
    AppConfig app;

    private final Map<String, GatewayResult> byKey = new ConcurrentHashMap<>();
    private final Map<String, GatewayResult> byReference = new ConcurrentHashMap<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GatewayResult charge(String idempotencyKey, long amountMinor, String currency, String method) {
        refuseInProduction();
        return byKey.computeIfAbsent("charge:" + idempotencyKey, k -> {
            String ref = "ch_" + UUID.randomUUID().toString().replace("-", "");
            GatewayResult result = switch (method == null ? "" : method) {
                case "pm_card_ok" -> new GatewayResult(GatewayResult.Outcome.SUCCEEDED, ref, null);
                case "pm_card_declined" -> new GatewayResult(GatewayResult.Outcome.DECLINED, ref, "card_declined");
                case "pm_card_async" -> {
                    scheduleSuccess(ref, amountMinor, currency);
                    yield new GatewayResult(GatewayResult.Outcome.PENDING, ref, null);
                }
                default -> new GatewayResult(GatewayResult.Outcome.DECLINED, ref, "unknown test payment method");
            };
            byReference.put(ref, result);
            return result;
        });
    }

    @Override
    public GatewayResult refund(String idempotencyKey, String chargeReference, long amountMinor, String currency) {
        refuseInProduction();
        return byKey.computeIfAbsent(
                "refund:" + idempotencyKey,
                k -> new GatewayResult(
                        GatewayResult.Outcome.SUCCEEDED,
                        "re_" + UUID.randomUUID().toString().replace("-", ""),
                        null));
    }

    @Override
    public GatewayResult retrieve(String chargeReference) {
        return byReference.getOrDefault(
                chargeReference, new GatewayResult(GatewayResult.Outcome.FAILED, chargeReference, "unknown charge"));
    }

    private void scheduleSuccess(String ref, long amountMinor, String currency) {
        scheduler.schedule(
                () -> {
                    byReference.put(ref, new GatewayResult(GatewayResult.Outcome.SUCCEEDED, ref, null));
                    sendWebhook(ref, amountMinor, currency);
                },
                settings.webhookDelayMs(),
                TimeUnit.MILLISECONDS);
    }

    private void sendWebhook(String ref, long amountMinor, String currency) {
        String body = Json.createObjectBuilder()
                .add("id", "evt_" + UUID.randomUUID().toString().replace("-", ""))
                .add("type", "charge.succeeded")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("reference", ref)
                                .add("amountMinor", amountMinor)
                                .add("currency", currency))
                .build()
                .toString();
        String signature =
                WebhookSignature.sign(settings.webhookSecret(), Instant.now().getEpochSecond(), body);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(settings.appBaseUrl() + "/v1/payments/webhooks/" + NAME))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                LOG.warning(() -> "Test gateway webhook for " + ref + " answered " + response.statusCode());
            }
        } catch (Exception e) {
            // the reconciliation job finds the charge succeeded at the gateway anyway
            LOG.log(Level.WARNING, "Test gateway could not deliver the webhook for " + ref, e);
        }
    }

    private void refuseInProduction() {
        if (app.environment().isProduction()) {
            throw new IllegalStateException("The test payment gateway is not available in production");
        }
    }
}
